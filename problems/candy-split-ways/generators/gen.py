"""Secret tests for Sharing the Candy Jar: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1400606)
N = 10**6


def write(name, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(queries)}\n")
        handle.write("".join(f"{n} {k}\n" for n, k in queries))


write("01-one-one", [(1, 1)])
write("02-small-all", [(n, k) for n in range(1, 13) for k in range(1, 13)])
# More children than candies: the answer is 0.
write("03-too-many-children", [(n, rng.randint(n + 1, N)) for n in (rng.randint(1, N - 1) for _ in range(3000))] + [(1, N), (N - 1, N)])
qs = []
for _ in range(60000):
    n = rng.randint(1, N)
    qs.append((n, rng.randint(1, n)))
write("04-large-random", qs)
qs = []
for _ in range(40000):
    n = rng.randint(N - 100, N)
    qs.append((n, rng.randint(1, N)))
write("05-large-n", qs)
write("06-edges", [(N, 1), (N, N), (N, 2), (N, N - 1), (N, N // 2), (2, 2), (2, 1), (1, 2)])
