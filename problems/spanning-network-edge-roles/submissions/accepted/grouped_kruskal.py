import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2 : 2 + 3 * m : 3]]
    b = [int(x) for x in data[3 : 3 + 3 * m : 3]]
    c = [int(x) for x in data[4 : 4 + 3 * m : 3]]
    order = sorted(range(m), key=c.__getitem__)
    parent = list(range(n + 1))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    role = ["N"] * m
    adj = [[] for _ in range(n + 1)]
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    up = [-1] * (n + 1)
    pos = [0] * (n + 1)
    timer = 0
    l = 0
    while l < m:
        cost = c[order[l]]
        r = l
        while r < m and c[order[r]] == cost:
            r += 1
        touched = []
        useful = []
        for k in range(l, r):
            e = order[k]
            x, y = find(a[e]), find(b[e])
            if x == y:
                continue
            useful.append(e)
            role[e] = "S"
            adj[x].append((y, e))
            adj[y].append((x, e))
            touched.append(x)
            touched.append(y)
        for s in touched:
            if tin[s]:
                continue
            timer += 1
            tin[s] = low[s] = timer
            up[s] = -1
            stack = [s]
            while stack:
                v = stack[-1]
                if pos[v] < len(adj[v]):
                    u, e = adj[v][pos[v]]
                    pos[v] += 1
                    if e == up[v]:
                        continue
                    if tin[u]:
                        if tin[u] < low[v]:
                            low[v] = tin[u]
                    else:
                        timer += 1
                        tin[u] = low[u] = timer
                        up[u] = e
                        stack.append(u)
                else:
                    stack.pop()
                    if stack:
                        p = stack[-1]
                        if low[v] < low[p]:
                            low[p] = low[v]
                        if low[v] > tin[p]:
                            role[up[v]] = "A"
        for v in touched:
            adj[v] = []
            tin[v] = 0
            pos[v] = 0
        for e in useful:
            x, y = find(a[e]), find(b[e])
            if x != y:
                parent[x] = y
        l = r
    print("".join(role))


main()
