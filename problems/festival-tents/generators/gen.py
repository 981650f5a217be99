"""Secret tests for Festival Tents: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(12000101)
LIMIT = 10**6


def write(name, k, s):
    assert 1 <= len(s) <= LIMIT and 0 <= k <= len(s)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{k}\n{s}\n")


def rand(n, rain):
    return "".join("R" if rng.random() < rain else "S" for _ in range(n))


write("01-single-rain-k0", 0, "R")
write("02-single-rain-k1", 1, "R")
write("03-all-sunny", 0, "S" * 20)
write("04-all-rain", 3, "R" * 10)
write("05-join-runs", 2, "SSSRSSRSSSSRSRS")
write("06-k-equals-n", 12, rand(12, 0.5))
write("07-small-random", 3, rand(60, 0.4))
write("08-random-k-small", 5, rand(100000, 0.3))
write("09-random-k-mid", 700, rand(100000, 0.1))
# Max size with a large k: restarting from every day is quadratic.
write("10-max-large-k", 100000, rand(LIMIT, 0.2))
write("11-best-at-end", 4, "R" * 1000 + "SRS" * 200 + "RRRRR" + "SSSRSSSRSSSRSSSRSSS")
