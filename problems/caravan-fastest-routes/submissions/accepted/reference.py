import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    adj[u].append((v, w))
    adj[v].append((u, w))
dist = [-1] * (n + 1)
heap = [(0, 1)]
while heap:
    d, v = heappop(heap)
    if dist[v] >= 0:
        continue
    dist[v] = d
    for u, w in adj[v]:
        if dist[u] < 0:
            heappush(heap, (d + w, u))
print(" ".join(map(str, dist[1:])))
