"""Secret tests for Skyline Billboard: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(160016)
N = 100000
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [LIMIT])
write("02-valley", [5, 1, 5])
write("03-small-random", [rng.randint(1, 6) for _ in range(12)])
# Increasing: the best rectangle reaches the right edge, found only when the stack is emptied.
write("04-max-increasing", list(range(1, N + 1)))
write("05-random-wide", [rng.randint(1, LIMIT) for _ in range(10000)])
# Area 1e13: beyond 32 bits.
write("06-overflow", [LIMIT] * 10000)
# Everything equal: expanding from every column costs n^2.
write("07-max-all-equal", [9999] * N)
write("08-max-random-small", [rng.randint(1, 100) for _ in range(N)])
write("09-pyramid", list(range(1, 2001)) + list(range(2000, 0, -1)))
write("10-decreasing", list(range(5000, 0, -1)))
