"""Secret tests for Rise and Fall Queue: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(18008)
N = 10**5
cases = [
    ("01-one", 1, 1, 1),
    ("02-one-too-long", 1, 2, 1),
    ("03-increasing", 6, 6, 1),
    ("04-decreasing", 6, 1, 6),
    ("05-uneven-needs-full-block", 10, 3, 5),
    ("06-exact-product", 12, 3, 4),
    ("07-product-too-small", 13, 3, 4),
    ("08-sum-too-big", 10, 6, 6),
    ("09-max-tight-sum", N, 50000, 50001),
    ("10-max-square", N, 317, 317),
    ("11-max-uneven", N, 1000, 250),
    ("12-huge-a-b", 7, 10**5, 10**5),
    ("13-random-mid", 40000, rng.randint(100, 300), rng.randint(150, 400)),
]
for name, n, a, b in cases:
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {a} {b}\n")
