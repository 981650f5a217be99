"""Secret tests for Archive Binomials: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2301111)
BIG = 10**18


def factor(m):
    primes, d = [], 2
    while d * d <= m:
        if m % d == 0:
            primes.append(d)
            m //= d
        d += 1
    if m > 1:
        primes.append(m)
    return primes


def crt(residues):
    """residues: list of (r, modulus) with pairwise coprime moduli."""
    x, M = 0, 1
    for r, mod in residues:
        t = (r - x) * pow(M, -1, mod) % mod
        x += M * t
        M *= mod
    return x, M


def structured(m):
    """n, k whose base-p digits satisfy k_j <= n_j in the lowest e places for every prime p
    of m (chosen through the CRT); the higher digits are left to chance, so C(n, k) is
    non-zero modulo m far more often than for random pairs."""
    if m == 1:
        return rng.randint(0, BIG), rng.randint(0, 10)
    e = 1
    while m ** (e + 1) <= BIG // 2:
        e += 1
    e = rng.randint(1, e)
    ns, ks = [], []
    for p in factor(m):
        a = [rng.randint(0, p - 1) for _ in range(e)]
        b = [rng.randint(0, x) for x in a]
        ns.append((sum(x * p**j for j, x in enumerate(a)), p**e))
        ks.append((sum(x * p**j for j, x in enumerate(b)), p**e))
    n0, block = crt(ns)
    k, _ = crt(ks)
    n = n0 + rng.randint(1, (BIG - n0) // block) * block
    if rng.random() < 0.5:
        k = n - k
    return n, k


def random_query():
    n = rng.choice([rng.randint(0, BIG), rng.randint(0, 10**6), rng.randint(0, 100)])
    return n, rng.randint(0, n)


def small_query():
    n = rng.randint(0, 3000)
    return n, rng.randint(0, n + 2)


def write(name, m, queries):
    for p in factor(m):
        assert m % (p * p) != 0
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{m} {len(queries)}\n")
        handle.write("".join(f"{n} {k}\n" for n, k in queries))


def mixed(m, count):
    queries = []
    for _ in range(count):
        kind = rng.random()
        queries.append(structured(m) if kind < 0.5 else random_query() if kind < 0.75 else small_query())
    return queries


write("01-modulus-one", 1, [(0, 0), (5, 2), (BIG, 1)] + mixed(1, 20))
write("02-modulus-two", 2, [(n, k) for n in range(0, 9) for k in range(0, 10)] + mixed(2, 200))
write("03-small-all", 30, [(n, k) for n in range(0, 40) for k in range(0, 42)])
write("04-max-primes-count", 510510, mixed(510510, 20000))
write("05-large-prime", 999983, mixed(999983, 20000))
write("06-two-large-primes", 991 * 997, mixed(991 * 997, 20000))
write("07-k-greater-than-n", 30030, [(n, n + rng.randint(1, 10**6)) for n in (rng.randint(0, BIG - 10**6) for _ in range(500))] + mixed(30030, 500))
write("08-edges", 2 * 499979, [(BIG, 0), (BIG, BIG), (BIG, 1), (BIG, BIG - 1), (0, 0), (1, 0), (1, 1)] + mixed(2 * 499979, 3000))
write("09-primorial-small", 2 * 3 * 5 * 7 * 11 * 13, mixed(30030, 5000))
write("10-prime-small", 7, mixed(7, 5000))
