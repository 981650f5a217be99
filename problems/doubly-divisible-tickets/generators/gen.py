"""Secret tests for Doubly Divisible Tickets: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20002000)
TOP = 10**18


def write(name, L, R, k):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{L} {R} {k}\n")


write("01-one-one", 1, 1, 1)
write("02-single-lucky", 70, 70, 7)
write("03-small", 10, 999, 9)
write("04-k1-full", 1, TOP, 1)
write("05-max-k100", 1, TOP, 100)
write("06-max-k97", 1, TOP, 97)
write("07-bounds-lucky", 700, 7000, 7)
write("08-random-wide", rng.randint(1, 10**9), rng.randint(10**17, TOP), rng.randint(2, 100))
write("09-random-wide-2", rng.randint(1, 10**15), rng.randint(10**17, TOP), rng.randint(30, 60))
L = rng.randint(10**17, 9 * 10**17)
write("10-narrow-high", L, L + 10**6, 11)
write("11-large-k-small-range", 1, 10**6, 43)
write("12-equal-top", TOP, TOP, 1)
