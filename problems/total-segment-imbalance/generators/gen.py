"""Secret tests for Total Segment Imbalance: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(170017)
N = 200000
LIMIT = 10**6


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [LIMIT])
write("02-pair", [1, LIMIT])
write("03-small-ties", [rng.randint(1, 3) for _ in range(10)])
write("04-random-ties", [rng.randint(1, 4) for _ in range(3000)])
write("05-random-wide", [rng.randint(1, LIMIT) for _ in range(30000)])
# One unique tallest vine in the middle owns (n/2)^2 = 1e10 segments: past 32 bits.
values = [rng.randint(2, 99) for _ in range(N)]
values[N // 2] = 100
write("06-max-random-spike", values)
# Alternating extremes: the total is about 1e6 * n^2 / 2, far past 32 bits.
write("07-max-alternating", [1 if i % 2 else LIMIT for i in range(N // 2)] )
write("08-max-all-equal", [7] * N)
write("09-increasing", list(range(1, 20001)))
write("10-plateaus", [v for v in range(1, 401) for _ in range(rng.randint(1, 10))])
