# Plausible mistake: only compares neighbours in x order.
import sys
from math import sqrt

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = sorted(zip(map(int, data[1 : 2 * n + 1 : 2]), map(int, data[2 : 2 * n + 2 : 2])))
best = min((pts[i + 1][0] - pts[i][0]) ** 2 + (pts[i + 1][1] - pts[i][1]) ** 2 for i in range(n - 1))
print(f"{sqrt(best):.9f}")
