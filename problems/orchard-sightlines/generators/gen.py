"""Secret tests for Orchard Sightlines: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2201010)
N = 10**6


def write(name, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(queries)}\n")
        handle.write("".join(f"{n} {m}\n" for n, m in queries))


write("01-one", [(1, 1)])
write("02-small-all", [(n, m) for n in range(1, 21) for m in range(1, 21)])
write("03-thin", [(1, N), (N, 1), (2, N), (N, 3)] + [(rng.randint(1, 10), rng.randint(1, N)) for _ in range(500)])
write("04-random", [(rng.randint(1, N), rng.randint(1, N)) for _ in range(3000)])
# Very different n and m: blocks must follow both.
write("05-lopsided", [(rng.randint(1, 1000), rng.randint(N // 2, N)) for _ in range(1500)] + [(rng.randint(N // 2, N), rng.randint(1000, 50000)) for _ in range(1500)])
write("06-max-large", [(rng.randint(N - 1000, N), rng.randint(N - 1000, N)) for _ in range(3000)])
write("07-squares", [(x, x) for x in (rng.randint(1, N) for _ in range(2000))] + [(N, N)])
