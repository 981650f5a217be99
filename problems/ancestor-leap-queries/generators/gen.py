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

rng = random.Random(20261208)


def case(name, kind, n, q, ask):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    depth = [0] * n
    for j in range(1, n):
        depth[j] = depth[par[j]] + 1
    lines = []
    for _ in range(q):
        j, k = ask(n, depth)
        lines.append(f"{lab[j]} {k}")
    write(name, f"{n} {q}\n{' '.join(map(str, P[2:]))}\n" + "\n".join(lines) + "\n")


def anywhere(n, depth):
    j = rng.randrange(n)
    return j, rng.randint(1, min(n, depth[j] + 2))


def deep_long(n, depth):
    j = rng.randint(n * 8 // 10, n - 1)
    return j, rng.randint(max(1, depth[j] * 7 // 10), min(n, depth[j] + 1))


def edge(n, depth):
    j = rng.randrange(n)
    return j, min(n, max(1, depth[j] + rng.choice([-1, 0, 1])))


case("01-small", "random", 8, 20, anywhere)
case("02-two", "path", 2, 4, anywhere)
case("03-star", "star", 1000, 3000, edge)
case("04-max-path-deep", "path", 100000, 55000, deep_long)
case("05-random", "random", 15000, 15000, anywhere)
case("06-deep-edges", "deep", 20000, 20000, edge)
case("07-broom", "broom", 5000, 10000, anywhere)
case("08-sqrt", "sqrt", 10000, 10000, edge)
