"""Secret tests for Hopping Staircase: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(90017)
MAXN = 10**6


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n" + "".join(f"{v}\n" for v in values))


write("01-zero", [0])
write("02-tiny-all", list(range(0, 11)))
write("03-small-random", [rng.randint(0, 40) for _ in range(50)])
write("04-overflow-zone", list(range(30, 80)))
write("05-single-max", [MAXN])
write("06-random-mid", [rng.randint(0, 5000) for _ in range(2000)])
# Many large queries: a per-query loop does 1e5 * 1e6 steps.
write("07-many-large", [rng.randint(MAXN - 1000, MAXN) for _ in range(100000)])
write("08-many-mixed", [rng.choice([0, 1, 2, 3, rng.randint(0, MAXN)]) for _ in range(20000)])
