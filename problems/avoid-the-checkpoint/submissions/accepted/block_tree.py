import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    M = m + 1
    for i in range(m):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[u].append(v * M + i)  # neighbour and street index packed in one int
        adj[v].append(u * M + i)
    # Block-vertex tree: nodes 1..n are intersections, n+1.. are blocks; root 1.
    tpar = [0] * (2 * n + 2)
    tpar[1] = 1
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    upe = [-1] * (n + 1)
    pos = [0] * (n + 1)
    tin[1] = low[1] = timer = 1
    st = [1]
    call = [1]
    nodes = n
    while call:
        v = call[-1]
        edges = adj[v]
        if pos[v] < len(edges):
            u, e = divmod(edges[pos[v]], M)
            pos[v] += 1
            if e == upe[v]:
                continue
            if tin[u]:
                if tin[u] < low[v]:
                    low[v] = tin[u]
            else:
                timer += 1
                tin[u] = low[u] = timer
                upe[u] = e
                st.append(u)
                call.append(u)
            continue
        call.pop()
        if not call:
            break
        p = call[-1]
        if low[v] < low[p]:
            low[p] = low[v]
        if low[v] >= tin[p]:
            nodes += 1
            tpar[nodes] = p
            while True:
                x = st.pop()
                tpar[x] = nodes
                if x == v:
                    break
    N = nodes
    children = [[] for _ in range(N + 1)]
    for x in range(2, N + 1):
        children[tpar[x]].append(x)
    ein = [0] * (N + 1)
    eout = [0] * (N + 1)
    it = [0] * (N + 1)
    clock = 1
    dfs = [1]
    while dfs:
        v = dfs[-1]
        ch = children[v]
        if it[v] < len(ch):
            u = ch[it[v]]
            it[v] += 1
            ein[u] = clock
            clock += 1
            dfs.append(u)
        else:
            eout[v] = clock
            clock += 1
            dfs.pop()
    ups = [tpar[: N + 1]]
    while (1 << len(ups)) <= N:
        prev = ups[-1]
        ups.append([prev[prev[x]] for x in range(N + 1)])
    ups.reverse()
    out = []
    base = 3 + 2 * m
    for i in range(q):
        a, b, c = int(data[base + 3 * i]), int(data[base + 3 * i + 1]), int(data[base + 3 * i + 2])
        ec, oc = ein[c], eout[c]
        ca = ec <= ein[a] and eout[a] <= oc
        cb = ec <= ein[b] and eout[b] <= oc
        if not (ca or cb):
            out.append("YES")
            continue
        if ca and cb:
            # c is an ancestor of both: on the path only if it is their LCA, i.e. a and b
            # lie below different children of c (or one of them is c, impossible here).
            x = a
            eb, ob = ein[b], eout[b]
            for table in ups:
                y = table[x]
                if not (ein[y] <= eb and ob <= eout[y]):
                    x = y
            l = x if (ein[x] <= eb and ob <= eout[x]) else tpar[x]
            out.append("NO" if l == c else "YES")
        else:
            out.append("NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
