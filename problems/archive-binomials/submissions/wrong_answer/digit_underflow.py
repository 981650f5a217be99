# Plausible mistake: a Lucas digit with k_j > n_j is not treated as 0; Python then reads
# inv[negative] from the end of the table.
import sys

data = sys.stdin.buffer.read().split()
m, q = int(data[0]), int(data[1])
primes = []
x, d = m, 2
while d * d <= x:
    if x % d == 0:
        primes.append(d)
        x //= d
    d += 1
if x > 1:
    primes.append(x)
tables = []
for p in primes:
    fact = [1] * p
    for i in range(1, p):
        fact[i] = fact[i - 1] * i % p
    inv = [pow(f, p - 2, p) for f in fact]
    rest = m // p
    tables.append((p, fact, inv, rest * pow(rest % p, p - 2, p) % m))
out = []
for i in range(q):
    n, k = int(data[2 * i + 2]), int(data[2 * i + 3])
    if k > n or m == 1:
        out.append(0)
        continue
    total = 0
    for p, fact, inv, weight in tables:
        r, a, b = 1, n, k
        while b:
            ad, bd = a % p, b % p
            r = r * fact[ad] * inv[bd] * inv[ad - bd] % p
            a //= p
            b //= p
        total += r * weight
    out.append(total % m)
print("\n".join(map(str, out)))
