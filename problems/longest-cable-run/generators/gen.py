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

rng = random.Random(20261204)


def case(name, kind, n, lo, hi):
    P, _ = relabel(shape(kind, n, rng), rng)
    w = [rng.randint(lo, hi) for _ in range(n - 1)]
    write(name, f"{n}\n{' '.join(map(str, P[2:]))}\n{' '.join(map(str, w))}\n")


case("01-small", "random", 7, 1, 10)
case("02-star", "star", 500, 1, 10**6)
case("03-max-path", "path", 100000, 900000, 10**6)
case("04-random", "random", 20000, 1, 10**6)
case("05-caterpillar", "caterpillar", 10000, 1, 1000)
case("06-broom", "broom", 10000, 1, 10**6)
case("07-binary", "binary", 10000, 1, 10**6)
case("08-deep", "deep", 10000, 1, 100)
case("09-sqrt", "sqrt", 10000, 1, 10**6)
