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

rng = random.Random(20261212)


def encode(n, edges):
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
    return " ".join(map(str, P[2:]))


def canon(n, edges):
    """Canonical number (AHU, tuples) of the tree rooted at its centre(s), for the generator's checks."""
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    deg = [len(a) for a in adj]
    layer = [v for v in range(n) if deg[v] <= 1]
    rem = n
    while rem > 2:
        rem -= len(layer)
        nxt = []
        for v in layer:
            for u in adj[v]:
                deg[u] -= 1
                if deg[u] == 1:
                    nxt.append(u)
        layer = nxt
    codes = []
    for root in layer:
        par = [-1] * n
        order = [root]
        seen = [False] * n
        seen[root] = True
        for v in order:
            for u in adj[v]:
                if not seen[u]:
                    seen[u] = True
                    par[u] = v
                    order.append(u)
        kids = [[] for _ in range(n)]
        top = None
        for v in reversed(order):
            key = tuple(sorted(kids[v]))
            code = IDS.setdefault(key, len(IDS))
            if par[v] >= 0:
                kids[par[v]].append(code)
            else:
                top = code
        codes.append(top)
    return min(codes)


IDS = {}


def rewire(n, par):
    """Moves the subtree of i under par[j] and the subtree of j under par[i] (a tree again)."""
    size = [1] * n
    for v in range(n - 1, 0, -1):
        size[par[v]] += size[v]

    def above(x, y):
        while y > 0:
            y = par[y]
            if y == x:
                return True
        return False

    for _ in range(200):
        i, j = rng.randrange(1, n), rng.randrange(1, n)
        if i == j or par[i] == par[j] or size[i] == size[j] or above(i, j) or above(j, i):
            continue
        q = par[:]
        q[i], q[j] = par[j], par[i]
        return q
    return par


def pair(kind, n, mode):
    par = shape(kind, n, rng)
    e = [(i, par[i]) for i in range(1, n)]
    f = e
    if mode == "swap":
        base = canon(n, e)
        for _ in range(30):
            q = rewire(n, par)
            f = [(i, q[i]) for i in range(1, n)]
            if canon(n, f) != base:
                break
    return f"{n}\n{encode(n, e)}\n{encode(n, f)}\n"


def case(name, pairs):
    write(name, f"{len(pairs)}\n" + "".join(pairs))


kinds = ["random", "path", "star", "caterpillar", "binary", "deep", "broom"]
case("01-tiny-many", [pair(rng.choice(kinds), rng.randint(2, 9), rng.choice(["same", "swap"])) for _ in range(1500)])
case("02-small-mixed", [pair(rng.choice(kinds), rng.randint(10, 60), rng.choice(["same", "swap"])) for _ in range(400)])
case("03-max-path", [pair("path", 50000, "same")])
case("04-big-random-rewired", [pair("random", 25000, "swap"), pair("random", 25000, "same")])
case("05-deep-rewired", [pair("deep", 10000, "swap"), pair("deep", 10000, "same")])
case("06-caterpillars", [pair("caterpillar", 2000, rng.choice(["same", "swap"])) for _ in range(10)])
case("07-binary", [pair("binary", 4095, "same"), pair("binary", 4095, "swap"), pair("broom", 3000, "swap")])
