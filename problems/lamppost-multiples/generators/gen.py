"""Secret tests for Lampposts on the Avenue: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(800101)
MAX = 10**18


def write(name, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(queries)}\n")
        handle.write("".join(f"{l} {r} {k}\n" for l, r, k in queries))


write("01-single", [(1, 1, 1)])
write("02-small-all", [(l, r, k) for l in range(1, 9) for r in range(l, 9) for k in range(1, 6)])
# l itself is a multiple of k: the classic off-by-one.
qs = []
for _ in range(2000):
    k = rng.randint(1, 10**9)
    l = k * rng.randint(1, 10**8)
    r = l + rng.randint(0, 10**17)
    qs.append((l, r, k))
write("03-left-end-multiple", qs)
qs = []
for _ in range(5000):
    l = rng.randint(1, MAX)
    r = rng.randint(l, MAX)
    k = rng.choice([rng.randint(1, 10), rng.randint(1, 10**9), rng.randint(1, MAX)])
    qs.append((l, r, k))
write("04-random-huge", qs)
# Wide ranges with tiny k: anything walking the range is hopeless.
write("05-wide-small-k", [(rng.randint(1, 10), MAX - rng.randint(0, 10), rng.randint(1, 3)) for _ in range(3000)])
qs = []
for _ in range(10000):
    k = rng.randint(2, 10**6)
    l = rng.randint(1, 10**12)
    r = l + rng.randint(0, 3 * k)
    qs.append((l, r, k))
write("06-short-ranges", qs)
write("07-extremes", [(MAX, MAX, MAX), (MAX, MAX, 1), (MAX, MAX, MAX - 1), (1, MAX, MAX - 1), (MAX - 1, MAX, MAX)])
