"""Secret tests for Steady Average Streaks: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(15007)


def write(name, k, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)} {k}\n{' '.join(map(str, values))}\n")


write("01-single-hit", 7, [7])
write("02-single-miss", 0, [1])
write("03-zeros", 0, [0] * 100)
write("04-small-random", 2, [rng.randint(0, 4) for _ in range(12)])
# Stretches that start on day 1 matter: the whole diary hits the target.
write("05-from-day-one", 10, [rng.randint(9, 11) for _ in range(999)] + [0])
write("06-big-values", 10**9, [10**9 - rng.randint(0, 1) * 10**9 for _ in range(2000)])
write("07-no-hits", 500, [rng.randint(501, 10**9) for _ in range(20000)])
write("08-near-target", 1000, [1000 + rng.choice([-2, -1, 0, 1, 2]) for _ in range(100000)])
# All days on target: 2e10 stretches, more than 32 bits hold.
write("09-max-all-equal", 3, [3] * 200000)
write("10-max-zero-one", 1, [rng.choice([0, 2, 1]) for _ in range(200000)])
