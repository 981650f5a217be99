# Plausible mistake: Lucas' theorem applied directly with modulus m, as if m were prime.
import sys

data = sys.stdin.buffer.read().split()
m, q = int(data[0]), int(data[1])
fact = [1] * m
for i in range(1, m):
    fact[i] = fact[i - 1] * i % m
out = []
for i in range(q):
    n, k = int(data[2 * i + 2]), int(data[2 * i + 3])
    if k > n or m == 1:
        out.append(0)
        continue
    r = 1
    while k:
        a, b = n % m, k % m
        if b > a:
            r = 0
            break
        r = r * fact[a] * pow(fact[b] * fact[a - b] % m, m - 2, m) % m
        n //= m
        k //= m
    out.append(r)
print("\n".join(map(str, out)))
