"""Secret tests for Mood Diary: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(13000101)
LIMIT = 10**6


def write(name, s):
    assert 1 <= len(s) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(s + "\n")


def rand(n, weights):
    return "".join(rng.choices("GBN", weights=weights, k=n))


write("01-single-n", "N")
write("02-single-g", "G")
write("03-gb", "GB")
write("04-prefix-balanced", "GGBBGB")
write("05-small-random", rand(40, [2, 2, 1]))
write("06-random-no-neutral", rand(100000, [1, 1, 0]))
write("07-drift", rand(100000, [3, 1, 1]))
# Max size, all neutral: 500000500000 blocks, far beyond 32 bits.
write("08-max-all-neutral", "N" * LIMIT)
write("09-alternating", "GB" * 200000)
write("10-random-mixed", rand(200000, [1, 1, 1]))
