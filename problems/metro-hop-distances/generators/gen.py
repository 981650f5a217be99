"""Secret tests for Metro Hop Distances: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150002)


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{u} {v}\n" for u, v in edges))


def random_edges(n, m):
    edges = []
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v))
    return edges


def relabel(n, edges, keep_one=True):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    if keep_one:
        i = perm.index(1)
        perm[0], perm[i] = perm[i], perm[0]
    mapping = {i + 1: perm[i] for i in range(n)}
    return [(mapping[u], mapping[v]) for u, v in edges]


write("01-single", 1, [])
write("02-isolated-depot", 5, [(2, 3), (3, 4), (4, 5)])
write("03-multi-edges", 3, [(1, 2), (2, 1), (1, 2), (2, 3), (3, 2)])
write("04-random-small", 10, random_edges(10, 12))
# A cycle: DFS walks around the long way.
write("05-cycle", 1000, [(i, i % 1000 + 1) for i in range(1, 1001)])
write("06-random-sparse", 2000, random_edges(2000, 1500))
write("07-random-dense", 300, random_edges(300, 20000))
# Complete-ish layered graph with shortcuts: DFS depth differs a lot from hop count.
edges = [(i, i + 1) for i in range(1, 5000)] + [(1, rng.randint(2, 5000)) for _ in range(300)]
rng.shuffle(edges)
write("08-chain-shortcuts", 5000, edges)
write("09-random-medium", 20000, random_edges(20000, 25000))
# A long chain listed backwards: relaxing edges in input order advances one hop a round.
n = 100000
chain = list(range(1, n + 1))
edges = [(chain[i + 1], chain[i]) for i in range(n - 2, -1, -1)]
write("10-max-chain-backwards", n, edges)
