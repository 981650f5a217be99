"""Secret tests for A Plus B: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8000101)
LIMIT = 10**9


def write(name, a, b):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{a} {b}\n")


write("01-zeros", 0, 0)
write("02-max-max", LIMIT, LIMIT)
write("03-min-min", -LIMIT, -LIMIT)
write("04-cancel", LIMIT, -LIMIT)
write("05-negative-small", -1, -1)
write("06-odd-large", 999999999, 1)
write("07-float-trap", 123456789, 987654321)
write("08-mixed-sign", -999999937, 17)
write("09-random", rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT))
write("10-random-negative", rng.randint(-LIMIT, -1), rng.randint(-LIMIT, -1))
