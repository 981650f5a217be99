"""Secret tests for Composite Neighbours: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(10003)
cases = [("01-one", 1), ("02-two", 2), ("03-four", 4), ("04-five", 5), ("05-seven", 7), ("06-eight", 8),
         ("07-nine", 9), ("08-small-random", rng.randint(10, 99)), ("09-medium", rng.randint(1000, 9999)),
         ("10-max", 100000), ("11-max-odd", 99999), ("12-large-random", rng.randint(50000, 99990))]
for name, n in cases:
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n}\n")
