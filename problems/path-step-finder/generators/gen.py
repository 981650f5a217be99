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

rng = random.Random(20261210)


def case(name, kind, n, q, pick):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    depth = [0] * n
    for j in range(1, n):
        depth[j] = depth[par[j]] + 1

    def dist(a, b):
        d = 0
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            a = par[a]
            d += 1
        return d

    lines = []
    for _ in range(q):
        a, b = pick(n)
        if kind == "path":
            d = abs(a - b)
        else:
            d = dist(a, b)
        k = rng.choice([0, d, rng.randint(0, d), rng.randint(0, d), rng.randint(0, d)])
        lines.append(f"{lab[a]} {lab[b]} {k}")
    write(name, f"{n} {q}\n{' '.join(map(str, P[2:]))}\n" + "\n".join(lines) + "\n")


anywhere = lambda n: (rng.randrange(n), rng.randrange(n))
far = lambda n: (rng.randrange(n // 10), rng.randint(n * 9 // 10, n - 1))[:: rng.choice([1, -1])]
case("01-small", "random", 8, 30, anywhere)
case("02-two", "path", 2, 4, anywhere)
case("03-star", "star", 1000, 2000, anywhere)
case("04-max-path-far", "path", 100000, 20000, far)
case("05-random", "random", 10000, 10000, anywhere)
case("06-binary", "binary", 8000, 8000, anywhere)
case("07-deep", "deep", 3000, 8000, anywhere)
case("08-caterpillar", "caterpillar", 3000, 8000, anywhere)
