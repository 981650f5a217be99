# Plausible mistake: 0-1 BFS that fixes a square's distance the first time it is pushed.
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append((v, 0))
    adj[v].append((u, 1))
dist = [-1] * (n + 1)
dist[1] = 0
dq = deque([1])
while dq:
    v = dq.popleft()
    for u, w in adj[v]:
        if dist[u] < 0:
            dist[u] = dist[v] + w
            if w:
                dq.append(u)
            else:
                dq.appendleft(u)
print(dist[n])
