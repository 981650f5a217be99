"""Secret tests for Ridge Cable Pairs: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(240024)
N = 200000
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


def ruler(n):
    """Height = 1 + number of trailing zeros of i: a balanced Cartesian tree."""
    return [1 + ((i & -i).bit_length() - 1) for i in range(1, n + 1)]


write("01-two", [1, 1])
write("02-three-hit", [LIMIT // 2, LIMIT, LIMIT // 2])
write("03-small-random", [rng.randint(1, 4) for _ in range(12)])
write("04-random-small-values", [rng.randint(1, 6) for _ in range(3000)])
# A single peak of 2 among ones: (n/2)^2 = 1e10 balanced pairs, past 32 bits.
write("05-max-one-peak", [1] * (N // 2) + [2] + [1] * (N // 2 - 1))
# Repeated maxima: 1 2 1 2 1 ... every pair of ones spanning a 2 is balanced, once.
write("06-alternating", [1 if i % 2 == 0 else 2 for i in range(30001)])
# Balanced Cartesian tree: the smaller-half enumeration is at its worst.
write("07-max-ruler", ruler(N))
write("08-max-random", [rng.randint(1, 40) for _ in range(N)])
write("09-random-wide", [rng.choice([1, 2, 3, 5]) * 199999999 + rng.randint(0, 1) for _ in range(5000)])
write("10-powers", [rng.choice([1, 2, 3, 4, 6, 8]) for _ in range(20000)])
