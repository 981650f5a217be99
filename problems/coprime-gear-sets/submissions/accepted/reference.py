import sys

MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1 : n + 1]))
A = max(values)
freq = [0] * (A + 1)
for a in values:
    freq[a] += 1

# Mobius function by a linear sieve.
mu = [0] * (A + 1)
mu[1] = 1
composite = bytearray(A + 1)
primes = []
for i in range(2, A + 1):
    if not composite[i]:
        primes.append(i)
        mu[i] = -1
    for p in primes:
        if p * i > A:
            break
        composite[p * i] = 1
        if i % p == 0:
            break
        mu[p * i] = -mu[i]

pw = [1] * (n + 1)
for i in range(1, n + 1):
    pw[i] = pw[i - 1] * 2 % MOD

answer = 0
for d in range(1, A + 1):
    if mu[d]:
        c = 0
        for m in range(d, A + 1, d):
            c += freq[m]
        answer += mu[d] * (pw[c] - 1)
print(answer % MOD)
