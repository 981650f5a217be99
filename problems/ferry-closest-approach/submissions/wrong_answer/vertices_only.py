# Plausible mistake: measures only the distance to the turning points.
import sys
from math import hypot

data = sys.stdin.buffer.read().split()
n, p, q = int(data[0]), int(data[1]), int(data[2])
best = min(hypot(p - int(data[3 + 2 * i]), q - int(data[4 + 2 * i])) for i in range(n))
print(f"{best:.9f}")
