"""Secret tests for Rain Gauge Log: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(9002)


def write(name, values, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)} {len(queries)}\n{' '.join(map(str, values))}\n")
        handle.write("".join(f"{l} {r}\n" for l, r in queries))


def random_queries(n, q):
    result = []
    for _ in range(q):
        l, r = rng.randint(1, n), rng.randint(1, n)
        result.append((min(l, r), max(l, r)))
    return result


write("01-single", [0], [(1, 1)])
write("02-single-max", [10**9], [(1, 1), (1, 1)])
write("03-small", [rng.randint(0, 9) for _ in range(10)], random_queries(10, 20))
write("04-edges", [rng.randint(0, 100) for _ in range(50)], [(1, 1), (50, 50), (1, 50), (2, 49), (25, 26)])
write("05-all-max", [10**9] * 1000, random_queries(1000, 1000))
write("06-zeros", [0] * 5000, random_queries(5000, 5000))
write("07-random-big", [rng.randint(0, 10**9) for _ in range(20000)], random_queries(20000, 10000))
# Long ranges over 1e5 days: adding each range up costs ~5e9 steps.
n = 100000
values = [rng.randint(0, 9) for _ in range(n)]
write("08-max-long-ranges", values, [(rng.randint(1, 99), rng.randint(n - 99, n)) for _ in range(50000)])
write("09-max-random", [rng.randint(0, 9) for _ in range(n)], random_queries(n, 40000))
