"""Secret tests for Treasure Tour of the Mirror Castle: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150009)
C = 10**9


def write(name, coins, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(coins)} {len(edges)}\n")
        handle.write(" ".join(map(str, coins)) + "\n")
        handle.write("".join(f"{a} {b}\n" for a, b in edges))


def clustered(n, clusters, inner, outer, cmax):
    """Random strongly connected clusters joined by forward doors (hidden order)."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    i = order.index(1)
    order[0], order[i] = order[i], order[0]
    cuts = sorted(rng.sample(range(1, n), clusters - 1)) if clusters > 1 else []
    bounds = [0] + cuts + [n]
    edges = []
    groups = []
    for k in range(len(bounds) - 1):
        g = order[bounds[k] : bounds[k + 1]]
        groups.append(g)
        if len(g) > 1:
            for j in range(len(g)):
                edges.append((g[j], g[(j + 1) % len(g)]))
            for _ in range(inner * len(g) // 4):
                edges.append((rng.choice(g), rng.choice(g)))
    for _ in range(outer):
        x, y = sorted(rng.sample(range(len(groups)), 2)) if len(groups) > 1 else (0, 0)
        edges.append((rng.choice(groups[x]), rng.choice(groups[y])))
    rng.shuffle(edges)
    coins = [rng.randint(0, cmax) for _ in range(n)]
    return coins, edges


write("01-single", [7], [])
write("02-self-loop", [0, 4], [(1, 1), (2, 1)])
write("03-all-zero", [0, 0, 0], [(1, 2), (2, 3), (3, 1)])
# A back-and-forth pair with a side branch: memoised DFS reads an unfinished room.
write("04-cycle-then-branch", [1, 50, 30], [(1, 2), (2, 1), (1, 3)])
coins, edges = clustered(12, 4, 2, 6, 20)
write("05-small", coins, edges)
coins, edges = clustered(2000, 60, 2, 300, 1000)
write("06-medium", coins, edges)
# Many tiny cycles chained: every room reachable, the answer is the total (64-bit).
n = 10000
edges = []
for v in range(1, n, 2):
    edges += [(v, v + 1), (v + 1, v)]
    if v + 2 <= n:
        edges.append((v + 1, v + 2))
rng.shuffle(edges)
write("07-chain-of-pairs", [C] * n, edges)
coins, edges = clustered(8000, 1200, 1, 3000, 10**6)
write("08-many-components", coins, edges)
# Max: a long one-way corridor of single rooms (no cycles at all) with a few forward
# shortcuts; cheap coins keep the file small.
n = 50000
edges = [(v, v + 1) for v in range(1, n)]
edges += [(v, rng.randint(v + 1, n)) for v in rng.sample(range(1, n), 1)]
rng.shuffle(edges)
write("09-max-corridor", [rng.randint(0, 9) for _ in range(n)], edges)
# One big strongly connected component with doors listed in a worst order.
n = 15000
order = list(range(2, n + 1))
rng.shuffle(order)
order = [1] + order
edges = [(order[i], order[(i + 1) % n]) for i in range(n)]
edges += [(rng.randint(1, n), rng.randint(1, n)) for _ in range(5000)]
rng.shuffle(edges)
write("10-max-one-loop", [rng.randint(0, C) for _ in range(n)], edges)
