"""Secret tests for Night Guard's Keyring: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150010)
W = 10**6


def write(name, n, k, keys, edges):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {len(edges)} {k}\n")
        handle.write(" ".join(map(str, keys)) + "\n")
        handle.write("".join(f"{u} {v} {w} {t}\n" for u, v, w, t in edges))


def random_case(n, m, k, p_key, p_gate, wmax):
    keys = [rng.randint(1, k) if rng.random() < p_key else 0 for _ in range(n)]
    edges = []
    for v in range(2, n + 1):  # a random spanning tree keeps most halls in play
        edges.append((rng.randint(1, v - 1), v, rng.randint(1, wmax), rng.randint(1, k) if rng.random() < p_gate else 0))
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, rng.randint(1, wmax), rng.randint(1, k) if rng.random() < p_gate else 0))
    rng.shuffle(edges)
    return keys, edges


write("01-direct", 2, 1, [0, 0], [(1, 2, 7, 0)])
write("02-key-in-start", 2, 1, [1, 0], [(1, 2, 7, 1)])
write("03-gate-no-key", 2, 3, [0, 3], [(1, 2, 7, 2), (2, 1, 9, 1)])
# Greedy trap: hall 2 is reached fastest without the key; the key route is slower but
# the gate after hall 2 needs it.
write("04-slow-with-key", 4, 1, [0, 0, 1, 0], [(1, 2, 1, 0), (1, 3, 5, 0), (3, 2, 5, 0), (2, 4, 1, 1), (1, 4, 1000, 0)])
# Overflow: fetch key 1 at the far end, come back, fetch key 2 behind gate 1, go again.
n = 1000
edges = [(v, v + 1, W, 0) for v in range(1, 998)]
edges += [(1, 999, 1, 1), (998, 1000, 1, 2)]
keys = [0] * n
keys[997] = 1  # hall 998
keys[998] = 2  # hall 999
rng.shuffle(edges)
write("05-three-trips", n, 6, keys, edges)
keys, edges = random_case(8, 12, 2, 0.3, 0.4, 20)
write("06-random-tiny", 8, 2, keys, edges)
keys, edges = random_case(60, 150, 4, 0.2, 0.5, 100)
write("07-random-small", 60, 4, keys, edges)
keys, edges = random_case(400, 1200, 6, 0.05, 0.6, W)
write("08-random-medium", 400, 6, keys, edges)
# Max: every hall on a ring of gates, keys scattered; all 64 key sets reachable.
keys, edges = random_case(1000, 3000, 6, 0.01, 0.5, W)
write("09-max-few-keys", 1000, 6, keys, edges)
keys, edges = random_case(1000, 3000, 6, 0.2, 0.8, 1000)
write("10-max-many-gates", 1000, 6, keys, edges)
# Layered puzzle: the target sits behind gates of all six colours in a row, with the
# keys spread along side branches.
n = 1000
edges = []
keys = [0] * n
for v in range(1, 900):
    edges.append((v, v + 1, rng.randint(1, W), 0))
for c in range(1, 7):
    hall = rng.randint(2, 899)
    branch = 900 + c
    edges.append((hall, branch, rng.randint(1, W), 0))
    keys[branch - 1] = c
prev = 900
for c in range(1, 7):
    nxt = 910 + c
    edges.append((prev, nxt, rng.randint(1, W), c))
    prev = nxt
edges.append((prev, n, 1, 0))
while len(edges) < 2000:
    u, v = rng.randint(1, 899), rng.randint(1, 899)
    if u != v:
        edges.append((u, v, rng.randint(1, W), rng.randint(0, 6)))
rng.shuffle(edges)
write("11-six-gates", n, 6, keys, edges)
keys, edges = random_case(300, 280, 3, 0.1, 0.3, 50)
edges = [e for e in edges if e[0] != 300 and e[1] != 300]
edges.append((299, 298, 3, 0))
write("12-unreachable", 300, 3, keys, edges)
# Four trips along a long corridor listed from the far end, with slower parallel
# corridors: sweeping all corridors advances one hall per sweep. Hall 1 is the near end,
# hall 990 the far end; each key opens the gate to the next key at the other end.
n = 1000
edges = []
for v in range(989, 0, -1):
    edges.append((v, v + 1, W - 10, 0))
    edges.append((v + 1, v, W - 10 + rng.randint(1, 5), 0))
    edges.append((v, v + 1, W - 10, 6))
edges += [(1, 991, 1, 1), (990, 992, 1, 2), (1, 993, 1, 3), (990, 994, 1, 4), (1, 995, 1, 5), (990, 1000, 1, 6)]
keys = [0] * n
keys[990 - 1] = 1
for c in range(2, 7):
    keys[991 + c - 2 - 1] = c
write("13-max-four-trips-backwards", n, 6, keys, edges)
