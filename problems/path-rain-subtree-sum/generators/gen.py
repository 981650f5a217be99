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

rng = random.Random(20261213)


def case(name, kind, n, q, rain_share=0.5, xmax=10**6, pick=None):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    events = []
    for k in range(q):
        if k == q - 1 or rng.random() >= rain_share:
            j = pick(n) if pick else rng.randrange(n)
            events.append(f"2 {lab[j]}")
        else:
            a = pick(n) if pick else rng.randrange(n)
            b = rng.randrange(n)
            events.append(f"1 {lab[a]} {lab[b]} {rng.randint(1, xmax)}")
    write(name, f"{n} {q}\n{' '.join(map(str, P[2:]))}\n" + "\n".join(events) + "\n")


case("01-small", "random", 7, 20, xmax=9)
case("02-two", "path", 2, 6)
case("03-star", "star", 1000, 3000)
case("04-max-path", "path", 100000, 30000, pick=lambda n: rng.randrange(n // 5))
case("05-random", "random", 15000, 15000)
case("06-binary-heavy", "binary", 3000, 10000, 0.8)
case("07-deep", "deep", 10000, 10000)
case("08-caterpillar", "caterpillar", 5000, 8000)
