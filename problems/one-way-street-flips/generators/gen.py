"""Secret tests for One-Way Street Flips: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150006)


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


write("01-no-streets", 2, [])
write("02-direct", 2, [(1, 2)])
write("03-one-flip", 2, [(2, 1), (2, 1)])
# Pushed-at-discovery trap: square 2 first seen through a flip, then reached for free.
write("04-late-free-edge", 4, [(2, 1), (1, 3), (3, 2), (2, 4)])
# A chain whose every other street points backwards.
n = 1000
write("05-alternating-chain", n, [(i, i + 1) if i % 2 else (i + 1, i) for i in range(1, n)])
write("06-random-small", 10, random_edges(10, 14))
write("07-random-medium", 3000, random_edges(3000, 4000))
write("08-random-dense", 500, random_edges(500, 20000))
# Two parallel routes: one short with flips, one long and free.
n = 20000
edges = [(i, i + 1) for i in range(1, n - 1)] + [(n - 1, n)]
edges += [(n, 1 + n // 2), (1 + n // 2, 1)]  # two flips: 1 -> n//2+1 -> n
rng.shuffle(edges)
write("09-long-free-route", n, edges)
write("10-random-sparse", 30000, random_edges(30000, 30000))
# Max: a backwards chain (every street must be flipped), listed from the far end,
# plus random streets among a separate set of squares.
n = 100000
edges = [(i + 1, i) for i in range(60000, 0, -1)]
edges[-1] = (1, 2)
edges += [(rng.randint(60002, n - 1), rng.randint(60002, n - 1)) for _ in range(25000)]
edges = [(u, v) for u, v in edges if u != v]
edges += [(n, 60001)]
write("11-max-chain", n, edges)
