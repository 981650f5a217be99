"""Secret tests for Clockwork Powers: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1000303)
BIG = 10**18


def write(name, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(queries)}\n")
        handle.write("".join(f"{a} {b} {m}\n" for a, b, m in queries))


write("01-tiny", [(a, b, m) for a in range(0, 4) for b in range(0, 4) for m in range(1, 5)])
write("02-modulus-one", [(rng.randint(0, BIG), rng.choice([0, 1, rng.randint(0, BIG)]), 1) for _ in range(50)])
write("03-zero-base", [(0, rng.choice([0, 1, rng.randint(0, BIG)]), rng.randint(1, 10**9)) for _ in range(50)])
# Huge a, not reduced first: its square overflows.
write("04-huge-base", [(rng.randint(BIG // 2, BIG), rng.randint(1, BIG), rng.randint(10**8, 10**9)) for _ in range(3000)])
write("05-random", [(rng.randint(0, BIG), rng.randint(0, BIG), rng.randint(1, 10**9)) for _ in range(10000)])
write("06-max-modulus", [(rng.randint(0, 10**9), rng.randint(BIG - 1000, BIG), 10**9) for _ in range(5000)])
write("07-prime-modulus", [(rng.randint(2, BIG), rng.randint(0, BIG), 998244353) for _ in range(5000)])
