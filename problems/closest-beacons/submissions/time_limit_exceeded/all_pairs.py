# Naive: every pair, O(n^2).
import sys
from math import sqrt

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1 : 2 * n + 1 : 2]))
ys = list(map(int, data[2 : 2 * n + 2 : 2]))
best = None
for i in range(n):
    xi, yi = xs[i], ys[i]
    for j in range(i + 1, n):
        d = (xs[j] - xi) ** 2 + (ys[j] - yi) ** 2
        if best is None or d < best:
            best = d
print(f"{sqrt(best):.9f}")
