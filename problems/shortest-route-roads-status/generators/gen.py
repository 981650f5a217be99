"""Secret tests for Roads of the Royal Courier: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150011)
W = 10**9


def write(name, n, edges, flip=True):
    if flip:
        edges = [(b, a, w) if rng.random() < 0.5 else (a, b, w) for a, b, w in edges]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{a} {b} {w}\n" for a, b, w in edges))


def relabel(n, edges):
    """Shuffle the middle towns, keeping 1 and n in place."""
    mid = list(range(2, n))
    rng.shuffle(mid)
    perm = [0, 1] + mid + [n]
    edges = [(perm[a], perm[b], w) for a, b, w in edges]
    rng.shuffle(edges)
    return edges


def diamonds(k, w):
    """k forks in series: 1 = x0, each fork x -> (y | z) -> x'."""
    edges = []
    x = 1
    nxt = 2
    for _ in range(k):
        y, z, x2 = nxt, nxt + 1, nxt + 2
        nxt += 3
        edges += [(x, y, w), (x, z, w), (y, x2, w), (z, x2, w)]
        x = x2
    return x, edges


write("01-single-road", 2, [(1, 2, 5)], flip=False)
write("02-reversed-road", 2, [(2, 1, 5)], flip=False)
write("03-parallel-unequal", 2, [(1, 2, 5), (2, 1, 6), (1, 2, 5), (1, 2, 9)], flip=False)
# Two routes that share a middle road, plus a slower detour.
write("04-shared-middle", 6, [(1, 2, 3), (1, 3, 3), (2, 4, 2), (3, 4, 2), (4, 5, 10), (5, 6, 1), (4, 6, 12), (1, 6, 30)])
# 70 forks in series: 2^70 fastest routes (unsigned 64-bit counts wrap to 0), plus
# a bridge road between every two forks.
edges = []
x = 1
nxt = 2
for _ in range(70):
    y, z, x2, x3 = nxt, nxt + 1, nxt + 2, nxt + 3
    nxt += 4
    edges += [(x, y, 7), (x, z, 7), (y, x2, 7), (z, x2, 7), (x2, x3, 1), (x, x3, 30)]
    x = x3
write("05-seventy-forks", x, relabel(x, edges))
# Random graphs with small weights: many ties.
def random_graph(n, m, wmax):
    edges = [(rng.randint(1, v - 1), v, rng.randint(1, wmax)) for v in range(2, n + 1)]
    while len(edges) < m:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b, rng.randint(1, wmax)))
    rng.shuffle(edges)
    return edges


write("06-random-tiny", 8, random_graph(8, 14, 3))
write("07-random-small", 200, random_graph(200, 600, 4))
write("08-random-medium", 5000, random_graph(5000, 12000, 3))
# Grid with unit weights: corner to corner, every monotone route is fastest.
side = 60
edges = []
for i in range(side):
    for j in range(side):
        v = i * side + j + 1
        if j + 1 < side:
            edges.append((v, v + 1, 1))
        if i + 1 < side:
            edges.append((v, v + side, 1))
# a narrow waist in the middle of the grid's last row
write("09-grid", side * side, relabel(side * side, edges))
# Large weights (64-bit sums) on a long chain of forks and single roads.
n = 20000
edges = [(v, v + 1, W - rng.randint(0, 3)) for v in range(1, n)]
for _ in range(3000):
    v = rng.randint(1, n - 3)
    edges.append((v, v + 2, edges[v - 1][2] + edges[v][2] - rng.randint(0, 1)))
edges = [e for e in edges if e[2] <= W]
write("10-heavy-chain-shortcuts", n, relabel(n, edges))
# Max: a long chain (every road is ALL), listed in random order.
n = 50000
edges = [(v, v + 1, rng.randint(1, 10)) for v in range(1, n)] + [(1, n, 10**9)]
write("11-max-chain", n, relabel(n, edges))
