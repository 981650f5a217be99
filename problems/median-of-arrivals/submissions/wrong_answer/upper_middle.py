# Plausible mistake: for an even count shows the upper middle weight.
import sys
from heapq import heappop, heappush, heappushpop

data = sys.stdin.buffer.read().split()
n = int(data[0])
low, high, shown = [], [], []
for w in map(int, data[1 : n + 1]):
    moved = heappushpop(high, w)
    heappush(low, -moved)
    if len(low) > len(high):
        heappush(high, -heappop(low))
    shown.append(high[0])
print(" ".join(map(str, shown)))
