# Builds the whole route for every question: O(n) per question.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i])
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
out = []
pos = n + 1
for _ in range(q):
    u = int(data[pos])
    v = int(data[pos + 1])
    k = int(data[pos + 2])
    pos += 3
    left, right = [u], [v]
    a, b = u, v
    while a != b:
        if depth[a] >= depth[b]:
            a = par[a]
            left.append(a)
        else:
            b = par[b]
            right.append(b)
    route = left + right[-2::-1]
    out.append(route[k])
print("\n".join(map(str, out)))
