import sys

data = sys.stdin.buffer.read().split()
n, K = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
w = [0, 0] + [int(x) for x in data[n + 1 : 2 * n]]
# Following p from any hut reaches hut 1 (the trails form a tree): p is the parent array.
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
D = [0] * (n + 1)
E = [0] * (n + 1)
order = [1]
for v in order:
    for c in children[v]:
        D[c] = D[v] + w[c]
        E[c] = E[v] + 1
        order.append(c)
INF = 1 << 30
best = INF
maps = [None] * (n + 1)
for v in reversed(order):
    kids = children[v]
    dv, ev = D[v], E[v]
    if kids:
        big = kids[0]
        for c in kids:
            if len(maps[c]) > len(maps[big]):
                big = c
        m = maps[big]
        maps[big] = None
    else:
        big = 0
        m = {}
    limit = K + dv
    # v itself as one end of the route
    got = m.get(limit)
    if got is not None and got - ev < best:
        best = got - ev
    old = m.get(dv)
    if old is None or old > ev:
        m[dv] = ev
    target = K + 2 * dv
    for c in kids:
        if c == big:
            continue
        small = maps[c]
        maps[c] = None
        for d, e in small.items():
            got = m.get(target - d)
            if got is not None and got + e - 2 * ev < best:
                best = got + e - 2 * ev
        for d, e in small.items():
            if d <= limit:
                old = m.get(d)
                if old is None or old > e:
                    m[d] = e
    maps[v] = m
print(best if best < INF else -1)
