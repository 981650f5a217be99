import sys

data = sys.stdin.buffer.read().split()
m, q = int(data[0]), int(data[1])

primes = []
x = m
d = 2
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
    inv = [1] * p
    inv[p - 1] = pow(fact[p - 1], p - 2, p)
    for i in range(p - 1, 0, -1):
        inv[i - 1] = inv[i] * i % p
    # CRT weight: e = (m/p) * ((m/p)^-1 mod p), so e = 1 mod p and 0 mod the others.
    rest = m // p
    weight = rest * pow(rest % p, p - 2, p) % m
    tables.append((p, fact, inv, weight))

out = []
for i in range(q):
    n, k = int(data[2 * i + 2]), int(data[2 * i + 3])
    if k > n or m == 1:
        out.append(0)
        continue
    total = 0
    for p, fact, inv, weight in tables:
        r = 1
        a, b = n, k
        while b:
            ad, bd = a % p, b % p
            if bd > ad:
                r = 0
                break
            r = r * fact[ad] * inv[bd] * inv[ad - bd] % p
            a //= p
            b //= p
        total += r * weight
    out.append(total % m)
print("\n".join(map(str, out)))
