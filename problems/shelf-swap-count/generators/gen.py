"""Secret tests for Shelf Swap Count: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(140014)
N = 100000
LIMIT = 10**9


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [LIMIT])
write("02-two-equal", [3, 3])
write("03-small-ties", [rng.randint(1, 3) for _ in range(10)])
write("04-sorted", sorted(rng.randint(1, LIMIT) for _ in range(3000)))
write("05-random-wide", [rng.randint(1, LIMIT) for _ in range(20000)])
# Strictly decreasing: n(n-1)/2 = 4999950000 moves, beyond 32 bits.
write("06-max-decreasing", list(range(N, 0, -1)))
# All equal: no moves at all, but counting equal pairs gives n(n-1)/2.
write("07-max-all-equal", [777] * N)
write("08-max-random-ties", [rng.randint(1, 50) for _ in range(N)])
write("09-decreasing-blocks", [v for v in range(300, 0, -1) for _ in range(20)])
write("10-big-values-reversed", [LIMIT - i for i in range(5000)])
