import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        trees = []
        for _ in range(2):
            adj = [[] for _ in range(n + 1)]
            for i in range(2, n + 1):
                p = int(data[pos])
                pos += 1
                adj[i].append(p)
                adj[p].append(i)
            deg = [len(a) for a in adj]
            layer = [v for v in range(1, n + 1) if deg[v] <= 1]
            rem = n
            while rem > 2:
                rem -= len(layer)
                nxt = []
                for v in layer:
                    for u in adj[v]:
                        deg[u] -= 1
                        if deg[u] == 1:
                            nxt.append(u)
                layer = nxt
            trees.append((adj, layer))
        ids = {(): 0}
        single = {}

        def canon(adj, root):
            par = [0] * (n + 1)
            par[root] = -1
            order = [root]
            for v in order:
                pv = par[v]
                for u in adj[v]:
                    if u != pv:
                        par[u] = v
                        order.append(u)
            kids = [None] * (n + 1)
            top = 0
            for v in reversed(order):
                k = kids[v]
                if k is None:
                    got = 0
                elif len(k) == 1:
                    got = single.get(k[0])
                    if got is None:
                        got = len(ids) + len(single)
                        single[k[0]] = got
                else:
                    k.sort()
                    key = tuple(k)
                    got = ids.get(key)
                    if got is None:
                        got = len(ids) + len(single)
                        ids[key] = got
                p = par[v]
                if p > 0:
                    if kids[p] is None:
                        kids[p] = [got]
                    else:
                        kids[p].append(got)
                else:
                    top = got
            return top

        (adj_a, ca), (adj_b, cb) = trees
        same = False
        if len(ca) == len(cb):
            best = min(canon(adj_a, c) for c in ca)
            same = any(canon(adj_b, c) == best for c in cb)
        out.append("YES" if same else "NO")
    print("\n".join(out))


main()
