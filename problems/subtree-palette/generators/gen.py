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

rng = random.Random(20261211)


def case(name, kind, n, colour):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    depth = [0] * n
    for j in range(1, n):
        depth[j] = depth[par[j]] + 1
    c = [0] * (n + 1)
    for j in range(n):
        c[lab[j]] = colour(n, j, depth[j])
    write(name, f"{n}\n{' '.join(map(str, P[2:]))}\n{' '.join(map(str, c[1:]))}\n")


case("01-small", "random", 10, lambda n, j, d: rng.randint(1, 3))
case("02-two-same", "path", 2, lambda n, j, d: 2)
case("03-star", "star", 3000, lambda n, j, d: rng.randint(1, n))
case("04-max-path-distinct", "path", 100000, lambda n, j, d: rng.randint(1, n))
case("05-random-many", "random", 30000, lambda n, j, d: rng.randint(1, n))
case("06-random-few", "random", 10000, lambda n, j, d: rng.randint(1, 5))
case("07-binary-by-depth", "binary", 8000, lambda n, j, d: d + 1)
case("08-caterpillar", "caterpillar", 8000, lambda n, j, d: rng.randint(1, 100))
case("09-sqrt", "sqrt", 8000, lambda n, j, d: rng.randint(1, 3000))
