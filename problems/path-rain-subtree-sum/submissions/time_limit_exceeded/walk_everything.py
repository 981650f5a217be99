# Walks every route and every basin: O(n) per event.
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
    for c in children[v]:
        depth[c] = depth[v] + 1
        order.append(c)
water = [0] * (n + 1)
out = []
at = n + 1
for _ in range(q):
    if data[at] == b"1":
        u, v, x = int(data[at + 1]), int(data[at + 2]), int(data[at + 3])
        at += 4
        while u != v:
            if depth[u] >= depth[v]:
                water[u] += x
                u = p[u]
            else:
                water[v] += x
                v = p[v]
        water[u] += x
    else:
        stack = [int(data[at + 1])]
        at += 2
        s = 0
        while stack:
            v = stack.pop()
            s += water[v]
            stack.extend(children[v])
        out.append(s)
print("\n".join(map(str, out)))
