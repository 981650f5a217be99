"""Secret tests for Visible Fence Posts: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2601313)


def write(name, n):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n}\n")


write("01-one", 1)
write("02-three", 3)
write("03-small", rng.randint(10, 1000))
write("04-medium", rng.randint(10**5, 10**6))
write("05-around-sieve-bound", 15 * 10**5 + 1)
write("06-large", rng.randint(10**7, 10**8))
write("07-overflow-start", 4294967296)
write("08-big-random", rng.randint(5 * 10**9, 10**10))
write("09-max", 10**10)
write("10-max-minus", 10**10 - 1)
write("11-perfect-square", 99999**2)
