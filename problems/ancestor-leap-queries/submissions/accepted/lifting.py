import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
depth = [0] * (n + 1)
order = [1]
for v in order:
    d = depth[v] + 1
    for c in children[v]:
        depth[c] = d
        order.append(c)
up = [p]
while (1 << len(up)) <= n:
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n + 1)])
out = []
pos = n + 1
for _ in range(q):
    v = int(data[pos])
    k = int(data[pos + 1])
    pos += 2
    if k > depth[v]:
        out.append(-1)
        continue
    j = 0
    while k:
        if k & 1:
            v = up[j][v]
        k >>= 1
        j += 1
    out.append(v)
print("\n".join(map(str, out)))
