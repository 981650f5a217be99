"""Secret tests for Rival Guests and Two Tables: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150003)


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{a} {b}\n" for a, b in edges))


def bipartite(n, m, p_left=0.5):
    """Random bipartite graph; sides are unbalanced so the start's side matters."""
    side = [0] + [1 if rng.random() < p_left else 0 for _ in range(n)]
    left = [v for v in range(1, n + 1) if side[v]]
    right = [v for v in range(1, n + 1) if not side[v]]
    edges = []
    if not left or not right:
        return edges
    for _ in range(m):
        a, b = rng.choice(left), rng.choice(right)
        edges.append((a, b) if rng.random() < 0.5 else (b, a))
    return edges


write("01-single", 1, [])
write("02-no-rivals", 6, [])
write("03-pair-repeated", 2, [(1, 2), (2, 1), (1, 2)])
# Star centred at guest 1: the BFS start's side is the small one only if you pick it.
write("04-star-from-leaf", 6, [(2, 1), (2, 3), (2, 4), (2, 5), (2, 6)])
write("05-odd-cycle", 7, [(i, i % 7 + 1) for i in range(1, 8)])
write("06-even-cycle", 8, [(i, i % 8 + 1) for i in range(1, 9)])
# Many small stars whose lowest-numbered guest is a leaf.
edges = []
n = 0
for _ in range(300):
    k = rng.randint(2, 6)
    leaf, centre, others = n + 1, n + 2, list(range(n + 3, n + 2 + k))
    edges.append((leaf, centre))
    edges += [(centre, o) for o in others]
    n += 1 + k
write("07-many-stars", n, edges)
write("08-random-bipartite", 3000, bipartite(3000, 2500, 0.2))
# Bipartite but with one odd cycle hidden far away.
edges = bipartite(5000, 4000, 0.3)
edges += [(4990, 4991), (4991, 4992), (4992, 4990)]
rng.shuffle(edges)
write("09-hidden-triangle", 5000, edges)
write("10-random-sparse", 30000, bipartite(30000, 20000, 0.7))
# A long chain listed from the far end: propagating colours edge by edge needs n rounds.
n = 100000
edges = [(i + 1, i) for i in range(n - 1, 0, -1)]
write("11-max-chain", n, edges)
