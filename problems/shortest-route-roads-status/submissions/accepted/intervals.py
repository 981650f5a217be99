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
            nd = dv + wu
            if nd < d[u]:
                d[u] = nd
                heappush(heap, (nd, u))
    return d


d1 = dijkstra(1)
dn = dijkstra(n)
D = d1[n]
status = ["NONE"] * m
used = []
for i in range(m):
    x, y, wi = a[i], b[i], w[i]
    if d1[x] + wi + dn[y] == D:
        used.append((d1[x], d1[x] + wi, i))
    elif d1[y] + wi + dn[x] == D:
        used.append((d1[y], d1[y] + wi, i))
used.sort()
max_end = -1
for k in range(len(used)):
    s, e, i = used[k]
    if max_end > s or (k + 1 < len(used) and used[k + 1][0] < e):
        status[i] = "SOME"
    else:
        status[i] = "ALL"
    if e > max_end:
        max_end = e
sys.stdout.write("\n".join(status) + "\n")
