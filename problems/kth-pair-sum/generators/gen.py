"""Secret tests for Menu Pairings: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(18009)
V = 10**9


def write(name, k, a, b):
    assert 1 <= k <= len(a) * len(b)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(a)} {len(b)} {k}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n")


def values(count, low, high):
    return [rng.randint(low, high) for _ in range(count)]


write("01-one-by-one", 1, [-V], [-V])
write("02-extremes", 4, [V, -V], [V, -V])
write("03-small-random", 7, values(4, -5, 5), values(5, -5, 5))
write("04-all-equal", 1234, [3] * 50, [-3] * 50)
write("05-last", 300 * 200, values(300, -V, V), values(200, -V, V))
write("06-first", 1, values(1000, -V, V), values(1000, -V, V))
# Many ties: the k-th and (k+1)-th values often coincide, sometimes not.
write("07-ties", 123457, values(1000, 0, 3), values(1000, 0, 3))
write("08-one-main", 777, [0], values(1000, -V, V))
write("09-random-mid", 10**8, values(20000, -V, V), values(20000, -V, V))
# Max sizes: k near n * m, so the count passes 2^31.
write("10-max-high-k", 50000 * 50000 - 12345, values(50000, -V, V), values(50000, -V, V))
write("11-max-small-values", 1234567890, values(50000, -100, 100), values(50000, -100, 100))
