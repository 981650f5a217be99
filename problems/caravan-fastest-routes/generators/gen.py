"""Secret tests for Caravan Fastest Routes: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150005)
W = 10**9


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{u} {v} {w}\n" for u, v, w in edges))


def random_edges(n, m, lo, hi):
    edges = []
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, rng.randint(lo, hi)))
    return edges


write("01-single", 1, [])
write("02-unreachable", 4, [(2, 3, 5), (3, 4, 7)])
write("03-parallel", 2, [(1, 2, 9), (2, 1, 4), (1, 2, 6)])
# Fewer trails is slower: the direct trails are heavy, the detours light.
edges = [(i, i + 1, 1) for i in range(1, 200)] + [(1, v, 10**6) for v in range(3, 201)]
rng.shuffle(edges)
write("04-detours-win", 200, edges)
write("05-random-small", 10, random_edges(10, 20, 1, 20))
write("06-random-medium", 2000, random_edges(2000, 6000, 1, W))
write("07-random-small-weights", 5000, random_edges(5000, 15000, 1, 10))
# Grid-like graph with random weights: many near-ties.
side = 100
edges = []
for i in range(side):
    for j in range(side):
        v = i * side + j + 1
        if j + 1 < side:
            edges.append((v, v + 1, rng.randint(1, 100)))
        if i + 1 < side:
            edges.append((v, v + side, rng.randint(1, 100)))
rng.shuffle(edges)
write("08-grid", side * side, edges)
# Long heavy chain listed backwards: 64-bit sums and O(nm) relaxation rounds.
n = 35000
edges = [(i + 1, i, W - rng.randint(0, 5)) for i in range(n - 1, 0, -1)]
write("09-max-chain-backwards", n, edges)
# Random connected graph, heavy weights.
n = 20000
edges = [(rng.randint(1, v - 1), v, rng.randint(W // 2, W)) for v in range(2, n + 1)]
edges += random_edges(n, 10000, 1, W)
rng.shuffle(edges)
write("10-max-random", n, edges)
