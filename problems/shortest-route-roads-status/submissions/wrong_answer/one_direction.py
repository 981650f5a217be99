# Plausible mistake: checks each road only in the direction it is listed (a -> b).
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2 : 2 + 3 * m : 3]]
b = [int(x) for x in data[3 : 3 + 3 * m : 3]]
w = [int(x) for x in data[4 : 4 + 3 * m : 3]]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[a[i]].append((b[i], w[i]))
    adj[b[i]].append((a[i], w[i]))
INF = 1 << 62


def dijkstra(s):
    d = [INF] * (n + 1)
    d[s] = 0
    heap = [(0, s)]
    while heap:
        dv, v = heappop(heap)
        if dv != d[v]:
            continue
        for u, wu in adj[v]:
            if dv + wu < d[u]:
                d[u] = dv + wu
                heappush(heap, (d[u], u))
    return d


d1 = dijkstra(1)
dn = dijkstra(n)
D = d1[n]
status = ["NONE"] * m
used = []
for i in range(m):
    if d1[a[i]] + w[i] + dn[b[i]] == D:
        used.append((d1[a[i]], d1[a[i]] + w[i], i))
used.sort()
max_end = -1
for k in range(len(used)):
    s, e, i = used[k]
    if max_end > s or (k + 1 < len(used) and used[k + 1][0] < e):
        status[i] = "SOME"
    else:
        status[i] = "ALL"
    max_end = max(max_end, e)
print("\n".join(status))
