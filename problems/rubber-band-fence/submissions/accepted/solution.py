import sys
from math import hypot


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pts = sorted(set(zip(map(int, data[1 : 2 * n + 1 : 2]), map(int, data[2 : 2 * n + 2 : 2]))))
    if len(pts) == 1:
        print("0.000000000")
        return

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

    lower = half(pts)
    upper = half(pts[::-1])
    loop = lower[:-1] + upper[:-1]
    total = 0.0
    for i in range(len(loop)):
        x1, y1 = loop[i]
        x2, y2 = loop[(i + 1) % len(loop)]
        total += hypot(x2 - x1, y2 - y1)
    print(f"{total:.9f}")


main()
