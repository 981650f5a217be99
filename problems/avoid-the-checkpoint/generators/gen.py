"""Secret tests for Avoid the Checkpoint: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150013)


def write(name, n, edges, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)} {len(queries)}\n")
        handle.write("".join(f"{u} {v}\n" for u, v in edges))
        handle.write("".join(f"{a} {b} {c}\n" for a, b, c in queries))


def shuffled(n, edges, keep=()):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    mapping = {i + 1: perm[i] for i in range(n)}
    edges = [(mapping[u], mapping[v]) if rng.random() < 0.5 else (mapping[v], mapping[u]) for u, v in edges]
    rng.shuffle(edges)
    return edges, mapping


def random_queries(n, q):
    out_q = []
    while len(out_q) < q:
        a, b, c = rng.randint(1, n), rng.randint(1, n), rng.randint(1, n)
        if len({a, b, c}) == 3:
            out_q.append((a, b, c))
    return out_q


def cactus(n_target, max_ring, p_ring):
    """Rings and single streets hung on earlier intersections."""
    edges = []
    n = 1
    while n < n_target:
        attach = rng.randint(max(1, n - 50), n) if rng.random() < 0.7 else rng.randint(1, n)
        if rng.random() < p_ring:
            k = min(rng.randint(2, max_ring), n_target - n)
            ring = [attach] + list(range(n + 1, n + 1 + k))
            for i in range(len(ring)):
                edges.append((ring[i], ring[(i + 1) % len(ring)]))
            n += k
        else:
            edges.append((attach, n + 1))
            n += 1
    return n, edges


def path_queries(n, edges, q):
    """Queries whose c is often on a route between a and b: pick c near a BFS path."""
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    res = []
    while len(res) < q:
        a = rng.randint(1, n)
        par = {a: 0}
        frontier = [a]
        steps = rng.randint(2, 40)
        for _ in range(steps):
            nxt = []
            for x in frontier:
                for y in adj[x]:
                    if y not in par:
                        par[y] = x
                        nxt.append(y)
            if not nxt:
                break
            frontier = nxt
        b = rng.choice(frontier)
        chain = []
        x = b
        while x:
            chain.append(x)
            x = par[x]
        if len(chain) < 3:
            continue
        c = rng.choice(chain[1:-1])
        res.append((a, b, c) if rng.random() < 0.5 else (b, a, c))
    return res


write("01-triangle", 3, [(1, 2), (2, 3), (3, 1)], [(1, 2, 3), (3, 1, 2), (2, 3, 1)])
write("02-path", 3, [(2, 1), (3, 2)], [(1, 3, 2), (2, 3, 1), (1, 2, 3)])
write("03-doubled-street", 4, [(1, 2), (2, 1), (2, 3), (3, 4), (4, 3)], [(1, 4, 2), (1, 4, 3), (3, 4, 2), (1, 3, 4)])
# Two rings sharing intersection 1: the articulation point is also the DFS root.
edges = [(1, 2), (2, 3), (3, 1), (1, 4), (4, 5), (5, 1)]
qs = [(a, b, c) for a in range(1, 6) for b in range(1, 6) for c in range(1, 6) if len({a, b, c}) == 3]
write("04-bowtie-root", 5, edges, qs)
n, edges = cactus(10, 4, 0.6)
e2, mp = shuffled(n, edges)
write("05-cactus-tiny", n, e2, [(a, b, c) for a in range(1, n + 1) for b in range(1, n + 1) for c in range(1, n + 1) if len({a, b, c}) == 3][:600])
n, edges = cactus(300, 6, 0.6)
e2, _ = shuffled(n, edges)
write("06-cactus-small", n, e2, path_queries(n, e2, 1500) + random_queries(n, 500))
# Tree plus a few long-range streets: big blocks with articulation points inside.
n = 4000
edges = [(rng.randint(max(1, v - 30), v - 1), v) for v in range(2, n + 1)]
edges += [(rng.randint(1, n), rng.randint(1, n)) for _ in range(300)]
edges = [(u, v) for u, v in edges if u != v]
e2, _ = shuffled(n, edges)
write("07-tree-plus-chords", n, e2, path_queries(n, e2, 2000) + random_queries(n, 1000))
# Dense random graph: (almost) one block, nearly all YES.
n = 500
edges = [(rng.randint(1, v - 1), v) for v in range(2, n + 1)] + [(rng.randint(1, n), rng.randint(1, n)) for _ in range(3000)]
edges = [(u, v) for u, v in edges if u != v]
write("08-dense", n, edges, random_queries(n, 2000))
n, edges = cactus(12000, 12, 0.5)
e2, _ = shuffled(n, edges)
write("09-cactus-medium", n, e2, path_queries(n, e2, 4000) + random_queries(n, 2000))
# Max: a long chain of rings (deep DFS), questions from one end to the other with the
# checkpoint near the far end (hopeless for a search per question).
n = 30000
edges = []
cuts = [1]
v = 1
while v < n:
    k = min(rng.randint(1, 4), n - v)
    ring = [v] + list(range(v + 1, v + k + 1))
    if k == 1:
        edges.append((v, v + 1))
    else:
        for i in range(len(ring)):
            edges.append((ring[i], ring[(i + 1) % len(ring)]))
    v += k
    cuts.append(v)
extra = 50000 - len(edges)
for _ in range(extra):
    x = rng.randint(1, n - 1)
    edges.append((x, x + 1))
qs = []
for _ in range(30000):
    a = rng.randint(1, 200)
    b = rng.randint(n - 200, n)
    c = rng.randint(n - 600, n)
    while c in (a, b):
        c = rng.randint(n - 600, n)
    qs.append((a, b, c))
rng.shuffle(edges)
write("10-max-ring-chain", n, edges, qs)
