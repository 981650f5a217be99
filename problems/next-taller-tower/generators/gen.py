"""Secret tests for Next Taller Tower: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(110011)
N = 100000
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [LIMIT])
write("02-two-equal", [5, 5])
write("03-small-ties", [rng.randint(1, 3) for _ in range(12)])
write("04-increasing", list(range(1, 1001)))
write("05-random-small-values", [rng.randint(1, 10) for _ in range(2000)])
write("06-random-wide", [rng.randint(1, LIMIT) for _ in range(20000)])
# Everything equal at the maximum size: a naive scan looks at every pair.
write("07-max-all-equal", [7] * N)
# Strictly decreasing, then one giant at the end: every tower waits for the last one.
write("08-max-decreasing-then-giant", list(range(N - 1, 0, -1)) + [N])
# Staircases with plateaus: equal heights must not count as taller.
values = []
while len(values) < N:
    top = rng.randint(2, 60)
    for height in range(top, 0, -1):
        values += [height] * rng.randint(1, 3)
values = values[:N]
write("09-max-plateau-stairs", values)
write("10-mountain", list(range(1, 501)) + list(range(500, 0, -1)))
