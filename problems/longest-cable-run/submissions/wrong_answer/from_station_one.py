# Plausible mistake: one sweep only, as if station 1 were always an end of the longest run.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    w = int(data[n + i - 2])
    adj[i].append((p, w))
    adj[p].append((i, w))
dist = [-1] * (n + 1)
dist[1] = 0
stack = [1]
while stack:
    v = stack.pop()
    for u, w in adj[v]:
        if dist[u] < 0:
            dist[u] = dist[v] + w
            stack.append(u)
print(max(dist))
