"""Secret tests for Courier Route Count: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(19009)
cases = [
    ("01-one", 1),
    ("02-two", 2),
    ("03-six", 6),
    ("04-hundred", 100),
    ("05-small-prime", 97),
    ("06-power-of-two", 2**29),
    ("07-all-ones", 2**29 - 1),
    ("08-max", 10**9),
    ("09-big-prime", 999999937),
    ("10-even-random", 2 * rng.randint(1, 5 * 10**8)),
    ("11-odd-random", 2 * rng.randint(1, 4 * 10**8) + 1),
    ("12-sparse-bits", 2**29 + 2**7 + 2),
    ("13-dense-top-bits", 2**29 + 2**28 + 2**27 + 2**25 - 1),
]
for name, k in cases:
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{k}\n")
