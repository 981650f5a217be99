"""Secret tests for Beacon XOR Subsets: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(25002500)
B = 20


def write(name, a, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(a)} {len(queries)}\n{' '.join(map(str, a))}\n")
        handle.write("".join(f"{l} {r} {x}\n" for l, r, x in queries))


def span_values(n, dim):
    gens = [rng.randrange(1, 1 << B) for _ in range(dim)]
    values = []
    for _ in range(n):
        v = 0
        for g in gens:
            if rng.random() < 0.5:
                v ^= g
        values.append(v)
    return values, gens


def queries_for(a, q, gens, long_ranges=False):
    n = len(a)
    out_q = []
    for _ in range(q):
        if long_ranges:
            l = rng.randint(1, max(1, n // 10))
            r = rng.randint(max(l, n - n // 10), n)
        else:
            l = rng.randint(1, n)
            r = rng.randint(l, n)
        kind = rng.randrange(3)
        if kind == 0:
            x = 0
        elif kind == 1:  # a code made from the stretch: in its span
            x = 0
            for i in range(l - 1, r):
                if rng.random() < 0.5:
                    x ^= a[i]
        else:
            x = rng.randrange(1 << B)
        out_q.append((l, r, x))
    return out_q


write("01-single-zero", [0], [(1, 1, 0), (1, 1, 1)])
write("02-single", [5], [(1, 1, 5), (1, 1, 0), (1, 1, 4)])
a = [rng.randrange(8) for _ in range(10)]
write("03-small-random", a, queries_for(a, 60, None))
# An early vector is the only one with its top bit, later codes span it: filtering a plain
# prefix basis by position loses it.
a = [6, 4, 2, 4, 2, 1, 3]
write("04-basis-trap", a, [(l, r, x) for l in range(1, 8) for r in range(l, 8) for x in (0, 6, 2, 5)])
a = [rng.randrange(1 << B) for _ in range(2000)]
write("05-random-full-rank", a, queries_for(a, 2000, None))
a, g = span_values(3000, 6)
write("06-low-rank", a, queries_for(a, 3000, g))
a = [0] * 1000
write("07-zeros", a, [(1, 1000, 0), (1, 1000, 1), (500, 500, 0), (3, 997, 0)])
a, g = span_values(50000, 10)
write("08-max-low-rank-long", a, queries_for(a, 50000, g, long_ranges=True))
a, g = span_values(8000, 16)
write("09-mid-rank", a, queries_for(a, 8000, g))
a = [1 << (i % B) for i in range(5000)]
write("10-unit-vectors", a, queries_for(a, 5000, None))
