"""Secret tests for Balanced Ledger Stretches: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(130013)
N = 200000
LIMIT = 10**9


def write(name, s, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)} {s}\n{' '.join(map(str, values))}\n")


write("01-single-hit", -7, [-7])
write("02-single-miss", 0, [LIMIT])
write("03-small-random", 1, [rng.randint(-2, 2) for _ in range(12)])
write("04-starts-at-first", 10, [10, -3, 3, 0, 5, 5])
# Every stretch counts: the answer is n(n+1)/2 = 20000100000, beyond 32 bits.
write("05-max-all-zero", 0, [0] * N)
write("06-random-small", 3, [rng.randint(-3, 3) for _ in range(N)])
write("07-random-wide", rng.randint(-LIMIT, LIMIT), [rng.randint(-LIMIT, LIMIT) for _ in range(5000)])
# Sums far past 32 bits: s = 2e13 is hit by the whole ledger only.
write("08-extreme-sum", 2 * 10**13, [LIMIT] * 20000)
values = [rng.choice([1, -1]) for _ in range(50000)]
write("09-walk-plus-minus", 0, values)
write("10-negative-target", -4, [rng.randint(-4, 2) for _ in range(30000)])
