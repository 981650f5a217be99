"""Secret tests for Beacon Spacing: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(12005)


def write(name, k, xs):
    assert len(set(xs)) == len(xs)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(xs)} {k}\n{' '.join(map(str, xs))}\n")


def distinct(n, limit):
    return rng.sample(range(limit + 1), n)


write("01-two-pads", 2, [0, 10**9])
write("02-small-random", 4, distinct(10, 50))
# Evenly spaced and all used: the answer equals the search's upper bound.
xs = [7 * i for i in range(100)]
rng.shuffle(xs)
write("03-even-all", 100, xs)
write("04-two-of-many", 2, distinct(1000, 10**9))
write("05-clustered", 5, [i for i in range(500)] + [10**9 - i for i in range(500)] + [5 * 10**8])
write("06-random-mid", 300, distinct(10000, 10**9))
# Greedy by index spacing fails: pads are bunched unevenly.
xs = list(range(0, 1000)) + [10**6 + 10**5 * i for i in range(10)]
write("07-uneven", 11, xs)
write("08-max-random", 1000, distinct(100000, 10**9))
write("09-max-dense", 99999, distinct(100000, 100001))
write("10-max-k2", 2, distinct(30000, 10**6))
