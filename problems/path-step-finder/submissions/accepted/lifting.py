import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
# Following p from any shelter reaches shelter 1 (the n - 1 trails form a tree), so p is
# the parent array of the tree rooted at 1.
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
# Renumber the shelters in BFS order (0 = shelter 1) so the jump tables are read locally.
pos = [0] * (n + 1)
for i, v in enumerate(order):
    pos[v] = i
par = [0] * n
depth = [0] * n
for i in range(1, n):
    j = pos[p[order[i]]]
    par[i] = j
    depth[i] = depth[j] + 1
up = [par]
while (1 << len(up)) <= n:
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n)])
levels = len(up)


def climb(v, k):
    j = 0
    while k:
        if k & 1:
            v = up[j][v]
        k >>= 1
        j += 1
    return v


out = []
at = n + 1
for _ in range(q):
    u = pos[int(data[at])]
    v = pos[int(data[at + 1])]
    k = int(data[at + 2])
    at += 3
    a, b = u, v
    if depth[a] < depth[b]:
        a, b = b, a
    a = climb(a, depth[a] - depth[b])
    if a != b:
        for j in range(levels - 1, -1, -1):
            t = up[j]
            if t[a] != t[b]:
                a = t[a]
                b = t[b]
        a = par[a]
    du = depth[u] - depth[a]
    if k <= du:
        out.append(order[climb(u, k)])
    else:
        out.append(order[climb(v, du + depth[v] - depth[a] - k)])
print("\n".join(map(str, out)))
