# Plausible mistake: joins the lower and upper hull but forgets the side closing the loop.
import sys
from math import hypot

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = sorted(set(zip(map(int, data[1 : 2 * n + 1 : 2]), map(int, data[2 : 2 * n + 2 : 2]))))


def half(points):
    h = []
    for x, y in points:
        while len(h) >= 2:
            (ox, oy), (ax, ay) = h[-2], h[-1]
            if (ax - ox) * (y - oy) - (ay - oy) * (x - ox) <= 0:
                h.pop()
            else:
                break
        h.append((x, y))
    return h


loop = half(pts)[:-1] + half(pts[::-1])[:-1]
total = 0.0
for i in range(len(loop) - 1):
    total += hypot(loop[i + 1][0] - loop[i][0], loop[i + 1][1] - loop[i][1])
print(f"{total:.9f}")
