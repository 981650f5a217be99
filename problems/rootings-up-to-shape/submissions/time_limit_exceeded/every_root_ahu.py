# Canonical form (AHU) from every root: O(n^2 log n).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    q = int(data[i - 1])
    adj[i].append(q)
    adj[q].append(i)
ids = {}
seen = set()
for root in range(1, n + 1):
    par = [0] * (n + 1)
    par[root] = -1
    order = [root]
    for v in order:
        for u in adj[v]:
            if u != par[v]:
                par[u] = v
                order.append(u)
    kids = [[] for _ in range(n + 1)]
    top = 0
    for v in reversed(order):
        key = tuple(sorted(kids[v]))
        got = ids.setdefault(key, len(ids))
        if par[v] > 0:
            kids[par[v]].append(got)
        else:
            top = got
    seen.add(top)
print(len(seen))
