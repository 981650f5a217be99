"""Secret tests for Campus Fiber: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(26002600)


def write(name, n, terminals, edges):
    assert len(set(terminals)) == len(terminals) <= min(n, 10)
    rng.shuffle(edges)
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)} {len(terminals)}\n{' '.join(map(str, terminals))}\n")
        handle.write("".join(f"{u} {v} {w}\n" for u, v, w in edges))


def random_graph(n, m, lo, hi):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[rng.randrange(i)], rng.randint(lo, hi)) for i in range(1, n)]
    while len(edges) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append((u, v, rng.randint(lo, hi)))
    return edges


write("01-single-vertex", 1, [1], [])
write("02-two", 2, [1, 2], [(1, 2, 10**6), (1, 2, 7)])
# Hubs: terminals pairwise 2 apart through a hub, direct tunnels cost just as much.
n = 11
edges = [(t, 11, 1) for t in range(1, 11)] + [(t, t + 1, 2) for t in range(1, 10)]
write("03-hub", n, list(range(1, 11)), edges)
edges = random_graph(8, 14, 1, 20)
write("04-small-random", 8, rng.sample(range(1, 9), 4), edges)
# A grid of cheap tunnels with terminals on the border: Steiner points matter.
side = 10
edges = []
for r in range(side):
    for c in range(side):
        v = r * side + c + 1
        if c + 1 < side:
            edges.append((v, v + 1, rng.randint(1, 10)))
        if r + 1 < side:
            edges.append((v, v + side, rng.randint(1, 10)))
terms = rng.sample([r * side + c + 1 for r in range(side) for c in range(side) if r in (0, side - 1) or c in (0, side - 1)], 10)
write("05-grid", side * side, terms, edges)
write("06-max-random", 100, rng.sample(range(1, 101), 10), random_graph(100, 1000, 1, 10**6))
write("07-max-sparse-tree", 100, rng.sample(range(1, 101), 10), random_graph(100, 99, 1, 10**6))
# Hubs inside a heavier random graph.
edges = random_graph(100, 700, 5 * 10**5, 10**6)
hubs = rng.sample(range(11, 101), 3)
for t in range(1, 11):
    edges.append((t, rng.choice(hubs), rng.randint(1, 1000)))
edges += [(hubs[0], hubs[1], 1000), (hubs[1], hubs[2], 1000)]
write("08-max-hidden-hubs", 100, list(range(1, 11)), edges)
write("09-all-terminals", 10, list(range(1, 11)), random_graph(10, 30, 1, 100))
write("10-medium", 50, rng.sample(range(1, 51), 7), random_graph(50, 300, 1, 1000))
