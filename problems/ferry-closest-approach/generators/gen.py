"""Secret tests for Ferry Closest Approach: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(12004)
C = 10**6


def write(name, p, q, pts):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(pts)} {p} {q}\n" + "".join(f"{x} {y}\n" for x, y in pts))


def rpt(lim=C):
    return (rng.randint(-lim, lim), rng.randint(-lim, lim))


write("01-on-the-route", 3, 0, [(0, 0), (10, 0)])
write("02-waiting-point", 7, -2, [(1, 1), (1, 1)])
# The line through the leg passes near the lighthouse, the leg itself does not.
write("03-line-extension", C, C - 1, [(-C, -C), (-C + 5, -C + 5), (-C + 5, -C + 10)])
write("04-interior-far-corners", 0, 1, [(-C, 0), (C, 0)])
write("05-opposite-corners", -C, -C, [(C, C), (C, -C), (-C + 1, C)])
write("06-small-random", *rpt(20), [rpt(20) for _ in range(8)])
# Zigzag with repeated points; the lighthouse sits beside a long leg.
pts = []
for i in range(20000):
    pt = (rng.randint(-C, C), rng.choice([-C, C]))
    pts += [pt, pt]
write("07-max-repeated-zigzag", 0, 0, pts)
# Random walk far from the lighthouse except near a leg's interior.
pts = [rpt() for _ in range(50000)]
write("08-max-random", *rpt(), pts)
# A closed ring around the lighthouse: the closest points are inside the legs.
import math
pts = []
for i in range(30000):
    a = 2 * math.pi * i / 29999
    pts.append((round(C * 0.9 * math.cos(a)), round(C * 0.9 * math.sin(a))))
write("09-max-ring", 0, 0, pts)
# Long legs on horizontal lines; extensions hit the lighthouse, the legs stay away.
pts = []
for i in range(1000):
    y = 1000 * (i - 500)
    pts += [(C // 2, y), (C, y)]
write("10-extensions-through", 0, 0, pts)
write("11-extreme-diagonal", C, -C, [(-C, C), (C - 1, -C), (-C, C - 1)])
