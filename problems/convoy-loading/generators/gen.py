"""Secret tests for Convoy Loading: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(16008)


def write(name, m, c, weights):
    n = len(weights)
    assert 1 <= m <= n and 1 <= c <= n and m * c >= n
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {m} {c}\n{' '.join(map(str, weights))}\n")


write("01-single", 1, 1, [10**9])
write("02-one-lorry", 1, 6, [3, 1, 4, 1, 5, 9])
# One crate per lorry: the answer is the heaviest crate.
write("03-one-each", 8, 1, [rng.randint(1, 100) for _ in range(8)])
write("04-small-random", 3, 4, [rng.randint(1, 20) for _ in range(10)])
write("05-room-binds", 50, 20, [rng.randint(1, 10) for _ in range(1000)])
write("06-one-each-big", 3000, 1, [rng.randint(1, 10**9) for _ in range(3000)])
# Overflow: 1e5 heavy crates on one lorry.
write("07-heavy-one-lorry", 1, 60000, [10**9 - rng.randint(0, 10) for _ in range(60000)])
write("08-random-big", 37, 2000, [rng.randint(1, 10**9) for _ in range(20000)])
# Two lorries, light crates: the answer is far above the heaviest crate.
write("09-max-two-lorries", 2, 100000, [rng.randint(1, 10**4) for _ in range(100000)])
weights = [rng.choice([1, 1, 1, 10**5]) for _ in range(100000)]
write("10-max-spiky", 700, 200, weights)
