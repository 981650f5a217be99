import os
import random
import sys

OUT = sys.argv[1]


def shape(kind, n, rng):
    """Parent array over internal nodes 0..n-1 (node 0 is the root, par[i] < i)."""
    par = [-1] * n
    half = max(1, n // 2)
    for i in range(1, n):
        if kind == "path":
            par[i] = i - 1
        elif kind == "star":
            par[i] = 0
        elif kind == "random":
            par[i] = rng.randrange(i)
        elif kind == "deep":
            par[i] = rng.randrange(max(0, i - 4), i)
        elif kind == "binary":
            par[i] = (i - 1) // 2
        elif kind == "caterpillar":
            par[i] = i - 1 if i < half else rng.randrange(half)
        elif kind == "broom":
            par[i] = i - 1 if i < half else half - 1
        elif kind == "sqrt":
            b = max(1, int(n ** 0.5))
            par[i] = i - 1 if i % b else rng.randrange(i)
    return par


def relabel(par, rng):
    """Random labels 1..n with the root kept as 1; returns (P, lab): P[label] = parent label."""
    n = len(par)
    lab = list(range(2, n + 1))
    rng.shuffle(lab)
    lab = [1] + lab
    P = [0] * (n + 1)
    for j in range(1, n):
        P[lab[j]] = lab[par[j]]
    return P, lab


def write(name, text):
    with open(os.path.join(OUT, name + ".in"), "w") as handle:
        handle.write(text)

rng = random.Random(20261215)


def emit(name, n, edges):
    """Random labels, then the parent line of the tree rooted at label 1."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        a, b = perm[a], perm[b]
        adj[a].append(b)
        adj[b].append(a)
    P = [0] * (n + 1)
    seen = [False] * (n + 1)
    seen[1] = True
    order = [1]
    for v in order:
        for u in adj[v]:
            if not seen[u]:
                seen[u] = True
                P[u] = v
                order.append(u)
    assert len(order) == n
    write(name, f"{n}\n{' '.join(map(str, P[2:]))}\n")


def tree(kind, n, base=0):
    par = shape(kind, n, rng)
    return [(base + i, base + par[i]) for i in range(1, n)]


def case(name, kind, n):
    emit(name, n, tree(kind, n))


def gadget_pairs(copies):
    """Arms X (root, a, b; a has two children) and Y (root, a, b; each one child) have
    the same level sizes [1, 2, 2] but differ; pairs of them hang from a random tree."""
    base = 60
    edges = tree("random", base)
    n = base
    for _ in range(copies):
        hub = rng.randrange(base)
        x, y = n, n + 5
        edges += [(x, x + 1), (x, x + 2), (x + 1, x + 3), (x + 1, x + 4)]
        edges += [(y, y + 1), (y, y + 2), (y + 1, y + 3), (y + 2, y + 4)]
        c = n + 10
        edges += [(x, c), (y, c), (c, hub)]
        n += 11
    return n, edges


def doubled(kind, half):
    """Two copies of one tree joined at corresponding vertices: a mirror symmetry."""
    par = shape(kind, half, rng)
    e1 = [(i, par[i]) for i in range(1, half)]
    e2 = [(half + i, half + par[i]) for i in range(1, half)]
    j = rng.randrange(half)
    return 2 * half, e1 + e2 + [(j, half + j)]


case("01-small", "random", 8)
case("02-two", "path", 2)
case("03-star", "star", 5000)
case("04-max-path", "path", 100000)
case("05-random", "random", 50000)
case("06-binary", "binary", 32767)
emit("07-level-profile-trap", *gadget_pairs(40))
case("08-caterpillar", "caterpillar", 20000)
emit("09-mirror-random", *doubled("random", 5000))
emit("10-mirror-deep", *doubled("deep", 3000))
case("11-sqrt", "sqrt", 5000)
