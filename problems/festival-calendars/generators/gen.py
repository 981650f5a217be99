"""Secret tests for Festival Calendars: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys
from math import gcd

out = sys.argv[1]
rng = random.Random(1800808)
LIMIT = 10**18


def write(name, pairs):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(pairs)}\n")
        handle.write("".join(f"{r} {m}\n" for r, m in pairs))


def divisors_system(prime_powers, count, x, max_m=10**9):
    """count moduli, each a product of some of the prime powers (<= max_m); residues of x."""
    pairs = []
    for _ in range(count):
        m = 1
        for q in rng.sample(prime_powers, rng.randint(1, len(prime_powers))):
            if m * q <= max_m:
                m *= q
        pairs.append((x % m, m))
    return pairs


def product(values):
    p = 1
    for v in values:
        p *= v
    return p


# Pairwise coprime large primes: the lcm nears 1e18, products need 128 bits.
big_primes = [999999937, 999999929]
write("01-two-big-primes", [(rng.randint(0, p - 1), p) for p in big_primes])
write("02-single", [(0, 1)])
write("03-single-big", [(999999999, 10**9)])
powers = [2**7, 3**4, 5**2, 7**2, 11, 13, 17, 19, 23, 29, 31, 37]
L = product(powers)
assert L <= LIMIT
x = rng.randint(0, L - 1)
write("04-shared-factors-consistent", divisors_system(powers, 40000, x))
pairs = divisors_system(powers, 30000, x)
i = rng.randrange(len(pairs) - 100, len(pairs))
r, m = pairs[i]
while m % 2:
    i = rng.randrange(len(pairs) - 100, len(pairs))
    r, m = pairs[i]
pairs[i] = ((r + m // 2) % m, m)
write("05-shared-factors-broken-late", pairs)
x = rng.randint(L - 10**6, L - 1)
write("06-answer-near-lcm", divisors_system(powers, 10000, x))
powers2 = [2**29, 3**17, 5]
L2 = product(powers2)
x = rng.randint(0, L2 - 1)
write("07-prime-powers", divisors_system(powers2, 50, x))
# Three large coprime periods: lcm close to 1e18, every merge needs 128-bit products.
ms = [999999, 1000000, 999997]
assert gcd(ms[0], ms[1]) == 1 and gcd(ms[0] * ms[1], ms[2]) == 1
x = rng.randint(0, product(ms) - 1)
write("08-three-coprime", [(x % m, m) for m in ms] * 3)
ms = [999999937, 999999929]
x = rng.randint(product(ms) - 10**12, product(ms) - 1)
write("09-big-answer", [(x % m, m) for m in ms] + [(x % 1, 1), (x % 999999937, 999999937)])
write("10-all-ones", [(0, 1)] * 1000)
# Random small systems, often inconsistent.
pairs = [(rng.randint(0, 5), rng.randint(6, 12)) for _ in range(5)]
write("11-small-random", pairs)
x = rng.randint(0, 10**6)
write("12-small-consistent", [(x % m, m) for m in (rng.randint(1, 60) for _ in range(30))])
