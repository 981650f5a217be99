"""Secret tests for Ratios on the Ruler: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1300505)
N = 10**6


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-one", [1])
write("02-first-hundred", list(range(1, 101)))
write("03-overflow-edge", [N, N - 1, 100000, 200000, 150000])
write("04-small-random", [rng.randint(1, 1000) for _ in range(1000)])
write("05-max-random", [rng.randint(1, N) for _ in range(100000)])
write("06-max-large", [rng.randint(N - 1000, N) for _ in range(100000)])
write("07-primes-and-powers", [2**k for k in range(20)] + [3**k for k in range(13)] + [999983, 999979, 524287])
