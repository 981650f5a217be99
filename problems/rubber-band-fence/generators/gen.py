"""Secret tests for Rubber Band Fence: python3 gen.py OUT_DIR (seeded: same files every run)."""
import math
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(16007)
C = 10**9


def write(name, pts):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts))


def rpt(lim=C):
    return (rng.randint(-lim, lim), rng.randint(-lim, lim))


write("01-single", [(5, -7)])
write("02-all-same", [(C, -C)] * 10)
write("03-two-points", [(-C, -C), (C, C)])
pts = [(-C + 2 * i * 1000, -C + 3 * i * 1000) for i in range(1000)]
rng.shuffle(pts)
write("04-collinear-diagonal", pts)
write("05-small-random", [rpt(10) for _ in range(7)])
write("06-square-corners-and-edges", [(-C, -C), (C, -C), (C, C), (-C, C), (0, -C), (C, 0), (0, 0)] + [rpt() for _ in range(100)])
# Points near a big circle: nearly all on the hull.
pts = []
for i in range(50000):
    a = 2 * math.pi * i / 50000
    pts.append((round(C * math.cos(a)), round(C * math.sin(a))))
rng.shuffle(pts)
write("07-max-circle", pts)
write("08-random-big", [rpt() for _ in range(15000)])
# A thin triangle far out: big cross products.
write("09-thin-far", [(C, C), (-C, -C + 1), (C - 1, C), (-C, -C)] + [(rng.randint(-C, C),) * 2 for _ in range(50)])
pts = []
for i in range(5000):
    a = 2 * math.pi * i / 5000
    pts.append((round(C * math.cos(a)), round(C / 3 * math.sin(a))))
write("10-ellipse", pts)
write("11-many-duplicates", [rpt(3) for _ in range(1000)])
write("12-horizontal-line", [(rng.randint(-C, C), 17) for _ in range(500)])
