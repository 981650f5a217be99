"""Secret tests for Shrinking Towers: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(900202)
MAX = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single-one", [1])
write("02-pair-far", [MAX, 1])
write("03-equal", [777] * 10)
write("04-small-random", [rng.randint(1, 30) for _ in range(8)])
g = 12345
write("05-common-factor", [g * rng.randint(1, MAX // g) for _ in range(1000)])
# gcd 1 but the minimum is large: n * min is wrong.
write("06-coprime-large", [rng.randint(MAX // 2, MAX) for _ in range(5000)])
# Overflow: n * gcd = 1e5 * 1e9.
write("07-max-equal", [MAX] * 100000)
g = 5 * 10**8
write("08-max-half", [rng.choice([g, 2 * g]) for _ in range(30000)])
write("09-max-random", [rng.randint(1, MAX) for _ in range(40000)])
write("10-primes-times", [999999937, 999999929 ])
