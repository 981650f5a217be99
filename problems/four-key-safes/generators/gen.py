"""Secret tests for Four-Key Safes: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2501212)


def write(name, n):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n}\n")


write("01-tiny", 7)
write("02-first-cube", 8)
write("03-prime-square", 49)
write("04-thousand", 1000)
write("05-small-random", rng.randint(10**4, 10**6))
write("06-cube-boundary", 2154 ** 3)
write("07-semiprime-boundary", 99991 * 100003)
write("08-medium", rng.randint(10**8, 10**9))
write("09-large-random", rng.randint(10**9, 10**10))
write("10-max", 10**10)
write("11-max-minus-one", 10**10 - 1)
