"""Secret tests for Firefly Jars: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(15006)
A = 10**5


def write(name, s, a):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(a)} {len(s)}\n{' '.join(map(str, s))}\n{' '.join(map(str, a))}\n")


def grundy(s, top):
    g = [0] * (top + 1)
    for x in range(1, top + 1):
        seen = {g[x - v] for v in s if v <= x}
        mex = 0
        while mex in seen:
            mex += 1
        g[x] = mex
    return g


def winning(s, a, g):
    """Adjust the last jar until the first player wins (some move exists)."""
    x = 0
    for v in a:
        x ^= g[v]
    return x != 0


write("01-single-empty", [1], [0])
write("02-single-jar", [3, 5], [9])
write("03-zero-jars-mixed", [2, 3], [0, 0, 7, 1])
write("04-small-random", [1, 3, 4], [rng.randint(0, 20) for _ in range(6)])
# Losing position: pairs of equal jars.
half = [rng.randint(0, 1000) for _ in range(500)]
write("05-mirrored-losing", [2, 5, 7], half + half)
# Many winning moves per jar: S = {1..10} has g(x) = x mod 11, and big jars.
write("06-full-range-set", list(range(1, 11)), [rng.randint(0, 1000) for _ in range(1000)])
s = rng.sample(range(1, 60), 10)
write("07-max-random-small-set", s, [rng.randint(0, A) for _ in range(A)])
s = rng.sample(range(1, A + 1), 10)
write("08-max-large-set", s, [rng.randint(0, A) for _ in range(A)])
# Max jars, all huge: the per-jar recomputation is hopeless here.
s = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
write("09-max-big-jars", s, [rng.randint(A - 1000, A) for _ in range(A)])
write("10-medium-random", rng.sample(range(1, 30), 5), [rng.randint(0, 5000) for _ in range(5000)])
write("11-single-s-parity", [2], [rng.randint(0, 100) for _ in range(99)])
