import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    adj[i].append(p)
    adj[p].append(i)
par = [0] * (n + 1)
depth = [0] * (n + 1)
order = [1]
for v in order:
    for u in adj[v]:
        if u != par[v]:
            par[u] = v
            depth[u] = depth[v] + 1
            order.append(u)
size = [1] * (n + 1)
for v in reversed(order[1:]):
    size[par[v]] += size[v]
total = [0] * (n + 1)
total[1] = sum(depth)
for v in order[1:]:
    total[v] = total[par[v]] + n - 2 * size[v]
print(" ".join(map(str, total[1:])))
