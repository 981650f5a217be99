"""Secret tests for Closest Beacons: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(21010)
C = 10**9


def write(name, pts):
    assert len(set(pts)) == len(pts)
    rng.shuffle(pts)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts))


def distinct(n, lim):
    s = set()
    while len(s) < n:
        s.add((rng.randint(-lim, lim), rng.randint(-lim, lim)))
    return list(s)


write("01-two-far", [(-C, -C), (C, C)])
write("02-two-close", [(C, C), (C - 1, C)])
write("03-small-random", distinct(10, 50))
# Sorted by x, the closest pair is far apart in the order.
pts = [(i, 1000 * (i % 2) + 3 * i) for i in range(200)] + [(100, 5000), (101, 5000)]
write("04-x-neighbours-mislead", pts)
write("05-random-medium-big-coords", distinct(10000, C))
write("06-random-max", distinct(50000, 10**6))
# All on one vertical line: x-pruning degenerates to all pairs.
write("07-vertical-line-max", [(7, 10 * i) for i in range(100000)])
# Two clusters far apart plus a hidden close pair across the split.
pts = distinct(2000, 10**8)
pts = [(x - 3 * 10**8, y) for x, y in pts[:1000]] + [(x + 3 * 10**8, y) for x, y in pts[1000:]]
pts += [(-1, 12345), (1, 12346)]
write("08-two-clusters", pts)
# A grid with one point nudged: many near-ties.
pts = [(1000 * i, 1000 * j) for i in range(60) for j in range(60)]
pts[1234] = (pts[1234][0] + 1, pts[1234][1] + 999)
write("09-grid-nudged", pts)
# Extreme corners: squared distances near 8e18.
write("10-extreme-corners", [(-C, -C), (C, C), (-C, C), (C, -C)])
# Two columns of 20 points one apart in x: the closest pairs are 20 places apart in x order.
pts = [(0, 100 * j) for j in range(20)] + [(1, 100 * j + 1) for j in range(20)]
pts += [(1000 * x, 100 * j + x % 7) for x in range(1, 51) for j in range(20)]
write("11-columns", pts)
