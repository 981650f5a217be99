# Roots the first tree at bead 1 and tries every root of the second: O(n^2 log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        adjs = []
        for _ in range(2):
            adj = [[] for _ in range(n + 1)]
            for i in range(2, n + 1):
                p = int(data[pos])
                pos += 1
                adj[i].append(p)
                adj[p].append(i)
            adjs.append(adj)
        ids = {}

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
            kids = [[] for _ in range(n + 1)]
            top = 0
            for v in reversed(order):
                key = tuple(sorted(kids[v]))
                got = ids.get(key)
                if got is None:
                    got = len(ids)
                    ids[key] = got
                if par[v] > 0:
                    kids[par[v]].append(got)
                else:
                    top = got
            return top

        adj_a, adj_b = adjs
        want = canon(adj_a, 1)
        same = any(canon(adj_b, r) == want for r in range(1, n + 1))
        out.append("YES" if same else "NO")
    print("\n".join(out))


main()
