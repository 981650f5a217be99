"""Secret tests for Disjoint Mask Pairs: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(21002100)
FULL = (1 << 20) - 1


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


def sparse(bits):
    m = 0
    for _ in range(bits):
        m |= 1 << rng.randrange(20)
    return m


write("01-single-zero", [0])
write("02-full-and-zero", [FULL, 0, FULL])
write("03-small-random", [rng.randrange(16) for _ in range(12)])
write("04-zeros-mixed", [rng.choice([0, 0, 1, 2, 4, 7]) for _ in range(300)])
write("05-all-full", [FULL] * 1000)
write("06-random-dense", [rng.randrange(1 << 20) for _ in range(5000)])
# Every booking empty: 5e9 pairs, past 32 bits.
write("07-max-zeros", [0] * 100000)
write("08-max-sparse", [sparse(rng.randint(1, 3)) for _ in range(100000)])
write("09-max-mixed", [rng.choice([0, sparse(2), sparse(6), rng.randrange(1 << 20)]) for _ in range(100000)])
write("10-single-bits", [1 << rng.randrange(20) for _ in range(20000)])
