"""Secret tests for Collapsing Bridges: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150007)


def write(name, n, edges, order):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)} {len(order)}\n")
        handle.write("".join(f"{a} {b}\n" for a, b in edges))
        handle.write(" ".join(map(str, order)) + "\n")


def random_edges(n, m):
    edges = []
    while len(edges) < m:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b))
    return edges


def random_order(m, q):
    return rng.sample(range(1, m + 1), q)


write("01-single-bridge", 2, [(1, 2)], [1])
write("02-isolated-extra", 4, [(1, 2)], [1])
write("03-triangle", 3, [(1, 2), (2, 3), (3, 1)], [2, 3, 1])
edges = random_edges(8, 10)
write("04-random-small-all", 8, edges, random_order(10, 10))
# A tree: every collapse splits a group.
n = 3000
edges = [(rng.randint(1, v - 1), v) for v in range(2, n + 1)]
write("05-tree", n, edges, random_order(n - 1, n - 1))
edges = random_edges(2000, 6000)
write("06-dense-few-collapses", 2000, edges, random_order(6000, 300))
edges = random_edges(5000, 5000)
write("07-sparse-all-collapse", 5000, edges, random_order(5000, 5000))
# Many parallel bridges: collapses rarely split anything until the end.
edges = []
for v in range(2, 1001):
    u = rng.randint(1, v - 1)
    edges += [(u, v)] * 3
rng.shuffle(edges)
write("08-triple-bridges", 1000, edges, random_order(len(edges), len(edges)))
# Max: big n with many untouched islands, and a long cycle collapsing everywhere.
n = 100000
edges = [(i, i + 1) for i in range(1, 30000)] + [(30000, 1)] + random_edges(n, 20000)
write("09-max-cycle", n, edges, random_order(len(edges), len(edges)))
n = 40000
edges = random_edges(n, 50000)
write("10-max-random", n, edges, random_order(50000, 45000))
