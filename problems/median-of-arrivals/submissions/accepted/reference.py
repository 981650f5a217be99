import sys
from heapq import heappop, heappush, heappushpop

data = sys.stdin.buffer.read().split()
n = int(data[0])
low, high, shown = [], [], []  # low holds negated weights (a max-heap)
for w in map(int, data[1 : n + 1]):
    moved = -heappushpop(low, -w)
    heappush(high, moved)
    if len(high) > len(low):
        heappush(low, -heappop(high))
    shown.append(-low[0])
print(" ".join(map(str, shown)))
