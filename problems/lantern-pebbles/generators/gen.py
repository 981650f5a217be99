"""Secret tests for Lantern Pebbles: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(9002)
BIG = 10**18


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n" + "".join(f"{v}\n" for v in values))


write("01-single-one", [1])
write("02-first-hundred", list(range(1, 101)))
write("03-single-big-losing", [BIG - BIG % 7 - 5])  # = 2 mod 7
write("04-first-ten-thousand", list(range(1, 10001)))
write("05-big-random", [rng.randint(1, BIG) for _ in range(10000)])
# Near 2^32 and the top: a 32-bit reading of n wraps around here.
vals = []
for base in [2**31, 2**32, 3 * 2**32, BIG - 100]:
    vals += [base + d for d in range(-50, 50)]
rng.shuffle(vals)
write("06-near-powers-of-two", vals)
write("07-big-losing-only", [7 * rng.randint(10**16, BIG // 7) + rng.choice([0, 2]) for _ in range(5000)])
write("08-mixed-scales", [rng.randint(1, 10 ** rng.randint(1, 18)) for _ in range(10000)])
