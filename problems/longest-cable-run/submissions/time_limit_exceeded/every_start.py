# A sweep from every station: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    w = int(data[n + i - 2])
    adj[i].append((p, w))
    adj[p].append((i, w))
best = 0
for s in range(1, n + 1):
    dist = [-1] * (n + 1)
    dist[s] = 0
    stack = [s]
    while stack:
        v = stack.pop()
        for u, w in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + w
                stack.append(u)
    best = max(best, max(dist))
print(best)
