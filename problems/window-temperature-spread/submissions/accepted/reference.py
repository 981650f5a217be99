import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
t = list(map(int, data[2 : n + 2]))
lo, hi = deque(), deque()
spreads = []
for j in range(n):
    x = t[j]
    while lo and t[lo[-1]] >= x:
        lo.pop()
    while hi and t[hi[-1]] <= x:
        hi.pop()
    lo.append(j)
    hi.append(j)
    if lo[0] <= j - k:
        lo.popleft()
    if hi[0] <= j - k:
        hi.popleft()
    if j >= k - 1:
        spreads.append(t[hi[0]] - t[lo[0]])
print(" ".join(map(str, spreads)))
