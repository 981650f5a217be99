"""Secret tests for Canoe Pairs: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(10003)


def write(name, cap, weights):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(weights)} {cap}\n{' '.join(map(str, weights))}\n")


write("01-single", 7, [7])
write("02-two-fit-exactly", 10, [4, 6])
write("03-two-too-heavy", 10, [5, 6])
write("04-small-random", 20, [rng.randint(1, 20) for _ in range(12)])
# Neighbour pairing fails: light and heavy must be matched across.
weights = [rng.randint(1, 500) for _ in range(500)] + [rng.randint(500, 999) for _ in range(500)]
rng.shuffle(weights)
write("05-cross-pairs", 1000, weights)
write("06-all-equal-half", 10, [5] * 1001)
write("07-all-heavy", 10, [6] * 999)
write("08-random-big", 10**9, [rng.randint(1, 10**9) for _ in range(60000)])
# Max n: each heavy camper has exactly one light partner and the rest go alone.
n = 100000
weights = [rng.randint(1, 999) for _ in range(n // 2)]
weights += [1000 - w for w in weights[: n // 4]] + [rng.randint(900, 1000) for _ in range(n // 4)]
rng.shuffle(weights)
write("09-max-mixed", 1000, weights)
write("10-max-small", 10, [rng.randint(1, 10) for _ in range(n)])
