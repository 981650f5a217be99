import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append(v * 2)       # free
    adj[v].append(u * 2 + 1)   # one flip
INF = 1 << 30
dist = [INF] * (n + 1)
dist[1] = 0
dq = deque([1])
while dq:
    v = dq.popleft()
    d = dist[v]
    for code in adj[v]:
        u, w = code >> 1, code & 1
        if d + w < dist[u]:
            dist[u] = d + w
            if w:
                dq.append(u)
            else:
                dq.appendleft(u)
print(dist[n] if dist[n] < INF else -1)
