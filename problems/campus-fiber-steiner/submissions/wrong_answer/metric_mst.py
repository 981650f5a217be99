# Plausible mistake: a minimum spanning tree over shortest-path distances between
# laboratories (only a 2-approximation of the best network).
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
term = [int(x) - 1 for x in data[3 : 3 + k]]
adj = [[] for _ in range(n)]
p = 3 + k
for _ in range(m):
    u, v, w = int(data[p]) - 1, int(data[p + 1]) - 1, int(data[p + 2])
    p += 3
    adj[u].append((v, w))
    adj[v].append((u, w))


def dijkstra(s):
    dist = [1 << 60] * n
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, v = heappop(heap)
        if d > dist[v]:
            continue
        for u, w in adj[v]:
            if d + w < dist[u]:
                dist[u] = d + w
                heappush(heap, (d + w, u))
    return dist


dist = [dijkstra(t) for t in term]
# Prim on the k x k distance matrix.
inside = [False] * k
best = [1 << 60] * k
best[0] = 0
total = 0
for _ in range(k):
    i = min((j for j in range(k) if not inside[j]), key=lambda j: best[j])
    inside[i] = True
    total += best[i]
    for j in range(k):
        if not inside[j] and dist[i][term[j]] < best[j]:
            best[j] = dist[i][term[j]]
print(total)
