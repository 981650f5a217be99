# Naive: Bellman-Ford, relaxing every trail until nothing changes. O(nm).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            dist[v] = dist[u] + w
            changed = True
        if dist[v] + w < dist[u]:
            dist[u] = dist[v] + w
            changed = True
print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))
