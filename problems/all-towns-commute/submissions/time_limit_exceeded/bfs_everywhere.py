# A BFS from every town: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    adj[i].append(p)
    adj[p].append(i)
res = []
for s in range(1, n + 1):
    dist = [-1] * (n + 1)
    dist[s] = 0
    queue = [s]
    for v in queue:
        for u in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + 1
                queue.append(u)
    res.append(sum(dist) + 1)
print(" ".join(map(str, res)))
