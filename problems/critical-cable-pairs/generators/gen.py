"""Secret tests for Critical Cables: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150008)


def write(name, n, edges, shuffle=True):
    perm = list(range(1, n + 1))
    if shuffle:
        rng.shuffle(perm)
        edges = [(perm[a - 1], perm[b - 1]) if rng.random() < 0.5 else (perm[b - 1], perm[a - 1]) for a, b in edges]
        rng.shuffle(edges)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{a} {b}\n" for a, b in edges))


def random_tree(n):
    return [(rng.randint(max(1, v - 5), v - 1) if rng.random() < 0.5 else rng.randint(1, v - 1), v) for v in range(2, n + 1)]


write("01-two", 2, [(1, 2)])
write("02-triple-cable", 2, [(1, 2), (2, 1), (1, 2)])
write("03-path", 6, [(i, i + 1) for i in range(1, 6)], shuffle=False)
# Doubled tree edges here and there: parallel cables are never bridges.
tree = random_tree(200)
edges = tree + [e for e in tree if rng.random() < 0.3]
write("04-some-doubled", 200, edges)
write("05-tree", 3000, random_tree(3000))
tree = random_tree(5000)
extra = [(rng.randint(1, 5000), rng.randint(1, 5000)) for _ in range(40)]
write("06-tree-plus-extra", 5000, tree + [(a, b) for a, b in extra if a != b])
# Cactus-like: cycles hung on a path of bridges.
edges = []
n = 1
for _ in range(2000):
    k = rng.randint(1, 5)
    start = n
    ring = list(range(n + 1, n + k + 1))
    edges.append((start, ring[0]))
    for i in range(len(ring) - 1):
        edges.append((ring[i], ring[i + 1]))
    if k >= 3:
        edges.append((ring[-1], ring[0]))
    n += k
write("07-cactus", n, edges)
n = 20000
tree = random_tree(n)
extra = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(6000)]
write("08-random-medium", n, tree + [(a, b) for a, b in extra if a != b])
# Max: a long path (deep DFS, answers near 2.5e9), with a couple of parallel cables.
n = 100000
edges = [(i, i + 1) for i in range(1, n)]
edges[n // 2 - 1 : n // 2 - 1] = [(n // 2 - 3, n // 2 - 2)]
edges.append((n // 2 + 7, n // 2 + 8))
write("09-max-path", n, edges[: 100000], shuffle=True)
