"""Secret tests for Earliest Course Plan: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150004)


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)}\n")
        handle.write("".join(f"{a} {b}\n" for a, b in edges))


def random_dag(n, m):
    """Edges go forward in a random hidden order of the courses."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = []
    for _ in range(m):
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        edges.append((order[i], order[j]))
    return edges


write("01-single", 1, [])
write("02-no-rules", 7, [])
write("03-two-cycle", 2, [(1, 2), (2, 1)])
write("04-reversed-chain", 6, [(6, 5), (5, 4), (4, 3), (3, 2), (2, 1)])
# FIFO order differs from heap order: 1 unlocks a small course after larger ones queued.
write("05-fifo-trap", 6, [(5, 2), (1, 3), (6, 4)])
write("06-random-small", 10, random_dag(10, 12))
write("07-random-medium", 2000, random_dag(2000, 3000))
edges = random_dag(5000, 8000)
edges.append((edges[-1][1], edges[-1][0]))  # closes a cycle
rng.shuffle(edges)
write("08-late-cycle", 5000, edges)
# A self-sufficient DAG and a separate cycle far from the start.
edges = random_dag(3000, 3000) + [(4000, 4001), (4001, 4002), (4002, 4000), (1, 4000)]
write("09-cycle-off-to-side", 5000, edges)
write("10-random-large", 30000, random_dag(30000, 30000))
# Max: many independent courses (the O(n^2) scan), and deep reversed chains.
n = 200000
edges = [(i + 1, i) for i in range(1, 60001)] + random_dag(n, 40000)
rng.shuffle(edges)
write("11-max", n, edges)
