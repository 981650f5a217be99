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

rng = random.Random(20261205)
A = 10**6


def case(name, kind, n, values):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    a = [0] * (n + 1)
    for j in range(n):
        a[lab[j]] = values(j, par)
    write(name, f"{n}\n{' '.join(map(str, P[2:]))}\n{' '.join(map(str, a[1:]))}\n")


uniform = lambda j, par: rng.randint(1, A)
small = lambda j, par: rng.randint(1, 5)
case("01-small", "random", 8, small)
case("02-equal", "random", 1000, lambda j, par: 42)
# Strictly growing down a single line: every climber is a pioneer, walking up costs n^2/2.
case("03-max-path-growing", "path", 100000, lambda j, par: 5 + j * 9 + rng.randint(0, 8))
case("04-random", "random", 20000, uniform)
case("05-deep-drift", "deep", 20000, lambda j, par: min(A, j // 20 + rng.randint(1, 400)))
case("06-binary-small", "binary", 10000, small)
case("07-caterpillar", "caterpillar", 10000, lambda j, par: rng.randint(1, 3000))
case("08-sqrt", "sqrt", 10000, lambda j, par: rng.randint(j, j + 2000))
