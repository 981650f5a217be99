import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
# Preorder; from here on a reservoir is named by its preorder index (0 = reservoir 1).
order = []
stack = [1]
while stack:
    v = stack.pop()
    order.append(v)
    stack.extend(children[v])
pos = [0] * (n + 1)
for i, v in enumerate(order):
    pos[v] = i
par = [0] * n
depth = [0] * n
for i in range(1, n):
    j = pos[p[order[i]]]
    par[i] = j
    depth[i] = depth[j] + 1
size = [1] * n
for i in range(n - 1, 0, -1):
    size[par[i]] += size[i]
up = [par]
while (1 << len(up)) <= n:
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n)])
levels = range(len(up) - 1, -1, -1)
b1 = [0] * (n + 1)
b2 = [0] * (n + 1)


def root_add(a, x):
    y = x * (depth[a] + 1)
    i = a + 1
    while i <= n:
        b1[i] += x
        b2[i] += y
        i += i & -i


out = []
at = n + 1
for _ in range(q):
    if data[at] == b"1":
        u = pos[int(data[at + 1])]
        v = pos[int(data[at + 2])]
        x = int(data[at + 3])
        at += 4
        if u <= v < u + size[u]:
            l = u
        elif v <= u < v + size[v]:
            l = v
        else:
            a = u
            for j in levels:
                c = up[j][a]
                if not (c <= v < c + size[c]):
                    a = c
            l = par[a]
        root_add(u, x)
        root_add(v, x)
        root_add(l, -x)
        if l:
            root_add(par[l], -x)
    else:
        w = pos[int(data[at + 1])]
        at += 2
        hi = w + size[w]
        lo = w
        s1 = s2 = 0
        while hi > 0:
            s1 += b1[hi]
            s2 += b2[hi]
            hi &= hi - 1
        while lo > 0:
            s1 -= b1[lo]
            s2 -= b2[lo]
            lo &= lo - 1
        out.append(s2 - depth[w] * s1)
print("\n".join(map(str, out)))
