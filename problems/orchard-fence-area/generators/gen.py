"""Secret tests for Orchard Fence Area: python3 gen.py OUT_DIR (seeded: same files every run)."""
import math
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8001)
C = 10**6


def write(name, pts):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts))


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def no_collinear(pts):
    n = len(pts)
    return all(cross(pts[i], pts[(i + 1) % n], pts[(i + 2) % n]) != 0 for i in range(n)) and len(set(pts)) == n


def star(n, radius_lo, radius_hi):
    # Distinct angles sorted around the origin, random radii: a star-shaped polygon.
    while True:
        # Jittered angles: one in each of n equal sectors, away from the sector edges.
        angles = [(i + rng.uniform(0.2, 0.8)) * 2 * math.pi / n for i in range(n)]
        pts = []
        for a in angles:
            r = rng.uniform(radius_lo, radius_hi)
            pts.append((round(r * math.cos(a)), round(r * math.sin(a))))
        if no_collinear(pts):
            return pts


def convex(n, radius):
    while True:
        angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(n))
        pts = [(round(radius * math.cos(a)), round(radius * math.sin(a))) for a in angles]
        if no_collinear(pts):
            return pts


def rotate(pts):
    k = rng.randrange(len(pts))
    return pts[k:] + pts[:k]


def cw(pts):
    return pts[::-1]


write("01-tiny-triangle-odd", [(0, 0), (1, 0), (0, 1)])
write("02-max-square-ccw", [(-C, -C), (C, -C), (C, C), (-C, C)])
write("03-max-square-cw", [(-C, -C), (-C, C), (C, C), (C, -C)])
write("04-sliver-odd-cw", [(-C, -C), (C, C - 1), (C, C)])
write("05-small-star", rotate(star(10, 2, 20)))
write("06-small-star-cw", cw(rotate(star(12, 1, 15))))
write("07-convex-max-cw", cw(rotate(convex(1000, C))))
write("08-star-max-ccw", rotate(star(1000, 1000, C)))
# A comb: deep orthogonal teeth, walked clockwise.
t, w = 249, 4000
pts = []
for i in range(2 * t):
    h = C if i % 2 == 0 else -C + 7
    pts += [(-C + i * w, h), (-C + (i + 1) * w, h)]
pts += [(-C + 2 * t * w, -C), (-C, -C)]
write("09-comb-cw", cw(pts))
write("10-star-mid-cw", cw(rotate(star(500, 10, 5000))))
write("11-random-triangle", [(rng.randint(-C, C), rng.randint(-C, C)) for _ in range(3)])
