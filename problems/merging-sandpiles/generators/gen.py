"""Secret tests for Merging Sandpiles: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(17001700)
TOP = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [TOP])
write("02-two", [5, 7])
write("03-greedy-trap", [3, 2, 2, 3, 3, 2, 2, 3])
write("04-small-random", [rng.randint(1, 9) for _ in range(9)])
write("05-increasing", list(range(1, 61)))
write("06-medium-random", [rng.randint(1, 100) for _ in range(120)])
write("07-max-equal-big", [TOP] * 400)
write("08-max-random-big", [rng.randint(1, TOP) for _ in range(400)])
write("09-max-skewed", [rng.choice([1, 2, 3, TOP // rng.randint(1, 1000)]) for _ in range(400)])
write("10-zigzag", [TOP if i % 2 else 1 for i in range(250)])
