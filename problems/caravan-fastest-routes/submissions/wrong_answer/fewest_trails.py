# Plausible mistake: breadth-first search, summing the times along a fewest-trails route.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    adj[u].append((v, w))
    adj[v].append((u, w))
dist = [-1] * (n + 1)
dist[1] = 0
queue = [1]
for v in queue:
    for u, w in sorted(adj[v], key=lambda e: e[1]):
        if dist[u] < 0:
            dist[u] = dist[v] + w
            queue.append(u)
print(" ".join(map(str, dist[1:])))
