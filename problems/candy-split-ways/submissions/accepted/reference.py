import sys

MOD = 998244353
N = 10**6
fact = [1] * (N + 1)
for i in range(1, N + 1):
    fact[i] = fact[i - 1] * i % MOD
inv = [1] * (N + 1)
inv[N] = pow(fact[N], MOD - 2, MOD)
for i in range(N, 0, -1):
    inv[i - 1] = inv[i] * i % MOD

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    n, k = int(data[2 * i + 1]), int(data[2 * i + 2])
    if k > n:
        out.append(0)
    else:
        out.append(fact[n - 1] * inv[k - 1] % MOD * inv[n - k] % MOD)
print("\n".join(map(str, out)))
