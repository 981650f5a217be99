"""Secret tests for Window Temperature Spread: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(120012)
N = 200000
LIMIT = 10**9


def write(name, k, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)} {k}\n{' '.join(map(str, values))}\n")


write("01-single", 1, [-LIMIT])
write("02-whole-window", 2, [LIMIT, -LIMIT])
write("03-small-random", 3, [rng.randint(-5, 5) for _ in range(15)])
write("04-k-equals-n", 500, [rng.randint(-LIMIT, LIMIT) for _ in range(500)])
write("05-random-wide", 7, [rng.randint(-LIMIT, LIMIT) for _ in range(20000)])
write("06-random-ties", 4, [rng.randint(0, 3) for _ in range(20000)])
# Large windows at the maximum size: the naive scan costs n * k / 2 steps.
write("07-max-half-window", N // 2, [rng.randint(-99, 99) for _ in range(N)])
# A sawtooth whose extremes sit exactly at the window edges.
k = 1000
values = [(i % (k + 1)) - 500 for i in range(N // 2)]
write("08-max-sawtooth", k, values)
write("09-decreasing", 20000, list(range(25000, -25000, -1)))
write("10-spikes", 5, [rng.choice([-LIMIT, LIMIT, 0, 1]) for _ in range(5000)])
