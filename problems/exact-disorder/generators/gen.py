"""Secret tests for Exact Disorder: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(14005)
N = 10**5
M = N * (N - 1) // 2
cases = [
    ("01-one-zero", 1, 0),
    ("02-one-one", 1, 1),
    ("03-two-full", 2, 1),
    ("04-small-full", 7, 21),
    ("05-small-random", 9, rng.randint(0, 36)),
    ("06-max-zero", N, 0),
    ("07-max-full", N, M),
    ("08-max-one-too-many", N, M + 1),
    ("09-max-random", N, rng.randint(3 * 10**9, M - 1)),
    ("10-k-over-int", 70000, 2**31 + 12345),
    ("11-huge-k", 1000, 10**10),
    ("12-mid-random", 5000, rng.randint(0, 5000 * 4999 // 2)),
]
for name, n, k in cases:
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {k}\n")
