"""Secret tests for Reading Room Peak: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(11004)


def write(name, visits):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(visits)}\n" + "".join(f"{a} {b}\n" for a, b in visits))


def random_visits(n, limit, longest):
    visits = []
    for _ in range(n):
        a = rng.randint(0, limit - 1)
        b = rng.randint(a + 1, min(limit, a + longest))
        visits.append((a, b))
    return visits


write("01-single", [(0, 10**9)])
write("02-identical", [(5, 9)] * 7)
write("03-small-random", random_visits(8, 20, 10))
# Chains that touch: entries before exits would count two at once.
write("04-chain", [(i, i + 1) for i in range(0, 1000)])
chain = []
for start in range(0, 3000, 3):
    chain += [(start, start + 3), (start + 3, start + 5)]
write("05-touching-pairs", chain)
write("06-nested", [(i, 2000 - i) for i in range(1000)])
write("07-random-short", random_visits(3000, 10000, 50))
write("08-peak-twice", [(0, 5), (1, 5), (2, 6)] + [(10**9 - 6, 10**9 - 1), (10**9 - 5, 10**9), (10**9 - 4, 10**9)])
write("09-max-wide", random_visits(50000, 10**9, 10**9))
write("10-max-dense-ties", random_visits(50000, 1000, 30))
