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


def edges_of(kind, n):
    par = shape(kind, n, rng)
    return [(i, par[i]) for i in range(1, n)]


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


def find(d, x):
    while d[x] != x:
        d[x] = d[d[x]]
        x = d[x]
    return x


def swap_edges(n, edges, times):
    """Degree-preserving rewiring that keeps a tree."""
    edges = list(edges)
    done = 0
    tries = 0
    while done < times and tries < 1000 * times:
        tries += 1
        i, j = rng.randrange(n - 1), rng.randrange(n - 1)
        (a, b), (c, d) = edges[i], edges[j]
        if len({a, b, c, d}) < 4:
            continue
        trial = edges[:]
        trial[i], trial[j] = (a, d), (c, b)
        dsu = list(range(n))
        ok = True
        for x, y in trial:
            rx, ry = find(dsu, x), find(dsu, y)
            if rx == ry:
                ok = False
                break
            dsu[rx] = ry
        if ok:
            edges = trial
            done += 1
    return edges


def canon(n, edges):
    """AHU code of the tree rooted at its centre(s), for the generator's own checks."""
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
        code = [""] * n
        for v in reversed(order):
            code[v] = "(" + "".join(sorted(kids[v])) + ")"
            if par[v] >= 0:
                kids[par[v]].append(code[v])
        codes.append(code[root])
    return min(codes)


def pair(kind, n, mode, swaps=1):
    e = edges_of(kind, n)
    f = e
    if mode == "swap":
        base = canon(n, e) if n <= 3000 else None
        for _ in range(30):
            f = swap_edges(n, e, swaps)
            if base is None or canon(n, f) != base:
                break
    return f"{n}\n{encode(n, e)}\n{encode(n, f)}\n"


def case(name, pairs):
    write(name, f"{len(pairs)}\n" + "".join(pairs))


kinds = ["random", "path", "star", "caterpillar", "binary", "deep", "broom"]
case("01-tiny-many", [pair(rng.choice(kinds), rng.randint(2, 9), rng.choice(["same", "swap"])) for _ in range(1500)])
case("02-small-mixed", [pair(rng.choice(kinds), rng.randint(10, 60), rng.choice(["same", "swap"])) for _ in range(400)])
case("03-max-path", [pair("path", 50000, "same")])
case("04-big-random-rewired", [pair("random", 25000, "swap", 1), pair("random", 25000, "same")])
case("05-deep-rewired", [pair("deep", 10000, "swap", 1), pair("deep", 10000, "same")])
case("06-caterpillars", [pair("caterpillar", 2000, rng.choice(["same", "swap"])) for _ in range(10)])
case("07-binary", [pair("binary", 4095, "same"), pair("binary", 4095, "swap", 1), pair("broom", 3000, "swap", 1)])
