"""Secret tests for Treasure Sack Values: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(15001500)


def write(name, W, items):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(items)} {W}\n" + "".join(f"{w} {v}\n" for w, v in items))


write("01-single-fits", 10, [(10, 7)])
write("02-single-too-heavy", 9, [(10, 7)])
write("03-small-random", 50, [(rng.randint(1, 30), rng.randint(1, 20)) for _ in range(8)])
# Greedy by ratio takes the dense item and wastes the rest of the sack.
write("04-anti-greedy", 100, [(51, 520)] + [(50, 500)] * 2 + [(1, 1)] * 10)
write("05-all-fit", 10**9, [(rng.randint(1, 10**7), rng.randint(1, 1000)) for _ in range(100)])
# Heavy items: sums of weights pass 2^31.
write("06-heavy", 10**9, [(rng.randint(4 * 10**8, 10**9), rng.randint(1, 1000)) for _ in range(100)])
write("07-heavy-tight", 3 * 10**8, [(rng.randint(10**8, 10**9), rng.randint(900, 1000)) for _ in range(100)])
write("08-max-random", rng.randint(10**9 // 2, 10**9), [(rng.randint(1, 10**9), rng.randint(1, 1000)) for _ in range(100)])
write("09-max-values", 10**9, [(rng.randint(10**7, 3 * 10**7), 1000) for _ in range(100)])
items = [(rng.randint(1, 10**9), rng.randint(1, 1000)) for _ in range(100)]
write("10-half", sum(w for w, _ in items) // 2 % 10**9 + 1, items)
write("11-small-values", 12345, [(rng.randint(1, 1000), rng.randint(1, 10)) for _ in range(60)])
