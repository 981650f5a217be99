"""Secret tests for Mosaic Tile: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(15000101)
TOTAL = 10**6


def write(name, strips):
    assert 1 <= len(strips) <= 10**4 and sum(map(len, strips)) <= TOTAL
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(strips)}\n" + "".join(x + "\n" for x in strips))


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def tiled(tile_len, n, letters="ab"):
    tile = rand(tile_len, letters)
    return (tile * (n // tile_len + 1))[:n]


def fibonacci(n):
    a, b = "a", "ab"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


write("01-single", ["z"])
write("02-tiny", ["ab", "aa", "aba", "abab", "abba", "baa", "aab"])
write("03-all-small-binary", [format(m, "b").replace("0", "a").replace("1", "b")[1:] or "a" for m in range(2, 2050)])
write("04-partial-tiles", [tiled(rng.randint(1, 12), rng.randint(1, 60)) for _ in range(3000)])
write("05-fibonacci", [fibonacci(n) for n in [5, 8, 13, 100, 1000, 10000, 46367]])
write("06-random", [rand(rng.randint(1, 200), "ab") for _ in range(2000)])
write("07-long-tiled", [tiled(7, 30000), tiled(999, 49998), tiled(12345, 30001, "abc")])
# Max size: a^(n-1) b has no short tile; trying every p is quadratic.
write("08-max-a-then-b", ["a" * (TOTAL - 1) + "b"])
write("09-almost-periodic", [("abc" * 20000)[:-1] + "d", "x" + "y" * 49999, ("ab" * 25000) + "a"])
