"""Secret tests for Bell Tower Chimes: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1600707)
BIG = 10**18


def primes_between(low, count):
    found = []
    x = low
    while len(found) < count:
        if all(x % d for d in range(2, int(x**0.5) + 1)):
            found.append(x)
        x += 1
    return found


def write(name, n, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(values)}\n{' '.join(map(str, values))}\n")


write("01-one", 1, [1])
write("02-single-large", BIG, [BIG])
write("03-small", 1000, [rng.randint(1, 30) for _ in range(6)])
write("04-duplicates", 10**12, [6, 6, 10, 15, 10, 6, 4, 9])
# lcm of 3 primes ~ 1e6 fits, of 4 overflows 64 bits.
write("05-overflow-primes", BIG, primes_between(10**6, 18))
write("06-overflow-mixed", BIG - 7, primes_between(10**9, 6) + primes_between(1000, 6) + primes_between(10**5, 6))
write("07-small-primes", BIG, primes_between(2, 18))
write("08-random-small", rng.randint(BIG // 2, BIG), [rng.randint(2, 100) for _ in range(18)])
write("09-random-wide", rng.randint(1, BIG), [rng.choice([rng.randint(1, 10**3), rng.randint(1, 10**9), rng.randint(1, BIG)]) for _ in range(18)])
write("10-powers-of-two", BIG, [2**i for i in range(1, 19)])
write("11-small-n", 10**6, [rng.randint(2, 50) for _ in range(18)])
write("12-highly-composite", BIG, [720720, 360360, 5040, 2520, 997, 991, 983, 977, 971, 967, 10**9 + 7, 10**9 + 9, 999999937, 2, 3, 5, 7, 11])
