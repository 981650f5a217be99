# Plausible mistake: Dijkstra over halls only, carrying the keys of the fastest arrival.
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
bit = [0] + [(1 << (int(x) - 1)) if x != b"0" else 0 for x in data[3 : 3 + n]]
adj = [[] for _ in range(n + 1)]
base = 3 + n
for i in range(m):
    u, v, w, t = (int(x) for x in data[base + 4 * i : base + 4 * i + 4])
    need = (1 << (t - 1)) if t else 0
    adj[u].append((v, w, need))
    adj[v].append((u, w, need))
dist = [-1] * (n + 1)
heap = [(0, 1, bit[1])]
while heap:
    d, v, mask = heappop(heap)
    if dist[v] >= 0:
        continue
    dist[v] = d
    for u, w, need in adj[v]:
        if need & mask == need and dist[u] < 0:
            heappush(heap, (d + w, u, mask | bit[u]))
print(dist[n])
