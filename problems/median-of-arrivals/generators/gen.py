"""Secret tests for Median of Arrivals: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(150015)
N = 200000
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [LIMIT])
write("02-two", [LIMIT, 1])
write("03-small-random", [rng.randint(1, 9) for _ in range(15)])
write("04-increasing", list(range(1, 3001)))
write("05-decreasing", list(range(3000, 0, -1)))
write("06-random-wide", [rng.randint(1, LIMIT) for _ in range(15000)])
write("07-max-random-small", [rng.randint(1, 99) for _ in range(N)])
# Alternating extremes keep the median jumping between the two heaps.
write("08-zigzag", [1 if i % 2 else 9999 for i in range(120000)])
write("09-max-all-equal", [5] * N)
write("10-clusters", [rng.choice([10, 20, 30]) + rng.randint(0, 2) for _ in range(20000)])
