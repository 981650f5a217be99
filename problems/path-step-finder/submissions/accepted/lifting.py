import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
# Following p from any shelter reaches shelter 1 (the n - 1 trails form a tree), so p is
# the parent array of the tree rooted at 1.
par = [1, 1] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[par[i]].append(i)
depth = [0] * (n + 1)
order = [1]
for v in order:
    d = depth[v] + 1
    for c in children[v]:
        depth[c] = d
        order.append(c)
up = [par]
while (1 << len(up)) <= n:
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n + 1)])
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
pos = n + 1
for _ in range(q):
    u = int(data[pos])
    v = int(data[pos + 1])
    k = int(data[pos + 2])
    pos += 3
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
        out.append(climb(u, k))
    else:
        out.append(climb(v, du + depth[v] - depth[a] - k))
print("\n".join(map(str, out)))
