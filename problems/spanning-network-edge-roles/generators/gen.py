"""Secret tests for Cheapest Network Cable Roles: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150012)
C = 10**6


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{a} {b} {c}\n" for a, b, c in edges))


def random_graph(n, m, cost):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[rng.randint(0, v - 1)], perm[v], cost()) for v in range(1, n)]
    while len(edges) < m:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b, cost()))
    rng.shuffle(edges)
    return [(b, a, c) if rng.random() < 0.5 else (a, b, c) for a, b, c in edges]


write("01-single", 2, [(2, 1, 5)])
write("02-parallel-equal", 2, [(1, 2, 5), (2, 1, 5), (1, 2, 5)])
write("03-parallel-unequal", 2, [(1, 2, 5), (2, 1, 6), (1, 2, 7)])
# Two separate bridges of the same cost in one group: both A although the cost repeats.
write("04-equal-cost-bridges", 4, [(1, 2, 3), (3, 4, 3), (2, 3, 1), (1, 4, 9)])
# Equal-cost parallel pair between components formed by cheaper cables.
write("05-parallel-between-components", 4, [(1, 2, 1), (3, 4, 1), (1, 3, 5), (2, 4, 5), (1, 4, 7)])
write("06-random-tiny", 7, random_graph(7, 12, lambda: rng.randint(1, 3)))
write("07-random-small", 100, random_graph(100, 250, lambda: rng.randint(1, 5)))
write("08-all-equal", 3000, random_graph(3000, 3300, lambda: 7))
write("09-distinct-costs", 5000, random_graph(5000, 9000, lambda: rng.randint(1, C)))
write("10-random-medium", 10000, random_graph(10000, 15000, lambda: rng.randint(1, 20)))
# Max: near-tree with few costs, many bridges in big groups.
write("11-max-few-costs", 45000, random_graph(45000, 50000, lambda: rng.randint(1, 3)))
# Cactus of equal-cost rings tied together by cheaper cables.
edges = []
n = 1
while n < 20000:
    k = rng.randint(2, 6)
    ring = [n] + list(range(n + 1, n + k))
    c = rng.randint(1, 4)
    for i in range(k):
        edges.append((ring[i], ring[(i + 1) % k], c))
    n += k - 1
    edges.append((rng.randint(1, n), n + 1, rng.randint(1, 4)))
    n += 1
rng.shuffle(edges)
write("12-rings", n, edges)
