"""Secret tests for Maximum Subarray: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261202)
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single-positive", [7])
write("02-single-negative", [-LIMIT])
write("03-small-mixed", [rng.randint(-10, 10) for _ in range(10)])
write("04-all-negative", [rng.randint(-LIMIT, -1) for _ in range(1000)])
write("05-zeros-and-negatives", [rng.choice([0, -1, -5]) for _ in range(1000)])
# Overflow: the whole array of maximum values sums to 2e14.
write("06-max-all-positive", [LIMIT] * 200000)
write("07-random", [rng.randint(-LIMIT, LIMIT) for _ in range(50000)])
# The best part is long and crosses dips that a greedy reset at a negative number would cut.
values = []
for _ in range(100000 // 4 - 1):
    values += [LIMIT, -LIMIT + 1, LIMIT, -1]
values += [-LIMIT] * 4
write("08-max-dips", values)
write("09-all-negative-close", [rng.randint(-LIMIT, -LIMIT + 1000) for _ in range(20000)])
