"""Secret tests for Courier Route Count: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(19009)
cases = [
    ("01-one", 1),
    ("02-two", 2),
    ("03-power-of-two", 2**29),
    ("04-all-ones", 2**29 - 1),
    ("13-dense-top-bits", 2**29 + 2**28 + 2**27 + 2**25 - 1),
    ("05-max", 10**9),
    ("06-big-prime", 999999937),
    ("07-even-random", 2 * rng.randint(1, 5 * 10**8)),
    ("08-small-prime", 97),
    ("09-odd-random", 2 * rng.randint(1, 4 * 10**8) + 1),
    ("10-sparse-bits", 2**29 + 2**7 + 2),
    ("11-hundred", 100),
    ("12-six", 6),
]
for name, k in cases:
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{k}\n")
