import sys
from math import hypot, sqrt

data = sys.stdin.buffer.read().split()
n, p, q = int(data[0]), int(data[1]), int(data[2])
xs = list(map(int, data[3 : 3 + 2 * n : 2]))
ys = list(map(int, data[4 : 4 + 2 * n : 2]))
best = float("inf")
for i in range(n - 1):
    ax, ay, bx, by = xs[i], ys[i], xs[i + 1], ys[i + 1]
    dx, dy = bx - ax, by - ay
    len2 = dx * dx + dy * dy
    dot = (p - ax) * dx + (q - ay) * dy
    if len2 == 0 or dot <= 0:
        d = hypot(p - ax, q - ay)
    elif dot >= len2:
        d = hypot(p - bx, q - by)
    else:
        d = abs(dx * (q - ay) - dy * (p - ax)) / sqrt(len2)
    best = min(best, d)
print(f"{best:.9f}")
