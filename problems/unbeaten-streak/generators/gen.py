"""Secret tests for Unbeaten Streak: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(9000101)
LIMIT = 10**6


def write(name, text):
    assert 1 <= len(text) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(text + "\n")


def rand(n, weights):
    return "".join(rng.choices("WDL", weights=weights, k=n))


write("01-single-w", "W")
write("02-single-l", "L")
write("03-single-d", "D")
write("04-ends-with-best", "WLWWL" + "DWDWD")
write("05-draws-matter", "WWLDDDDDLWWW")
write("06-small-random", rand(50, [3, 2, 2]))
write("07-random", rand(100000, [5, 3, 1]))
write("08-alternating", "WL" * 50000)
# Long histories without losses make restarting from every position quadratic.
write("09-max-no-loss-end", rand(LIMIT // 2 - 1, [2, 1, 0]) + "L" + rand(LIMIT // 2, [1, 1, 0]))
write("10-max-draws-wins", rand(LIMIT // 2, [1, 3, 0]))
