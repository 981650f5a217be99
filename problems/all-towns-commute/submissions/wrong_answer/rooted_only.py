# Plausible mistake: sums distances to the towns below v only (as if v's subtree were all).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    adj[i].append(p)
    adj[p].append(i)
par = [0] * (n + 1)
order = [1]
for v in order:
    for u in adj[v]:
        if u != par[v]:
            par[u] = v
            order.append(u)
size = [1] * (n + 1)
below = [0] * (n + 1)
for v in reversed(order[1:]):
    size[par[v]] += size[v]
    below[par[v]] += below[v] + size[v]
print(" ".join(map(str, below[1:])))
