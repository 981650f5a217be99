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

rng = random.Random(20261214)


def case(name, kind, n, wlo, whi, target, step=1):
    par = shape(kind, n, rng)
    P, lab = relabel(par, rng)
    w = [0] * n
    for j in range(1, n):
        w[j] = rng.randint(wlo, whi) * step
    depth = [0] * n
    dist = [0] * n
    for j in range(1, n):
        depth[j] = depth[par[j]] + 1
        dist[j] = dist[par[j]] + w[j]

    def route(a, b):
        total = 0
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            total += w[a]
            a = par[a]
        return total

    K = target(n, route, dist)
    W = [0] * (n + 1)
    for j in range(1, n):
        W[lab[j]] = w[j]
    write(name, f"{n} {K}\n{' '.join(map(str, P[2:]))}\n{' '.join(map(str, W[2:]))}\n")


some_route = lambda n, route, dist: route(rng.randrange(n), rng.randrange(n)) or 1
case("01-small", "random", 8, 1, 5, some_route)
case("02-two", "path", 2, 7, 7, lambda n, route, dist: 7)
case("03-star", "star", 2000, 1, 10**4, some_route)
case("04-max-path-long", "path", 100000, 1, 3, lambda n, route, dist: route(n // 10, n - n // 10))
case("05-random", "random", 20000, 1, 10**4, some_route)
case("06-random-light", "random", 10000, 1, 10, lambda n, route, dist: 30)
case("07-deep", "deep", 10000, 1, 100, some_route)
case("08-caterpillar-even-odd", "caterpillar", 10000, 1, 5, lambda n, route, dist: 2 * rng.randint(1, 10) + 1, 2)
case("09-binary-light", "binary", 8000, 1, 5, lambda n, route, dist: 37)
case("10-impossible", "random", 5000, 1, 10**4, lambda n, route, dist: 10**9)
case("11-sqrt", "sqrt", 6000, 1, 50, some_route)

# Trap: root with a heavy chain (its biggest child) and a small branch c with leaves a, b.
# D_a + D_b = 7 = K, but the real route a-c-b is only 5 m long: the answer is -1.
L = 3000
par = [-1] + [i - 1 for i in range(1, L + 1)] + [0, L + 1, L + 1]
w = [0] + [10**4] * L + [1, 2, 3]
n = len(par)
P, lab = relabel(par, rng)
W = [0] * (n + 1)
for j in range(1, n):
    W[lab[j]] = w[j]
write("12-same-branch-trap", f"{n} 7\n{' '.join(map(str, P[2:]))}\n{' '.join(map(str, W[2:]))}\n")
