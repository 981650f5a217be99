"""Secret tests for Coin Tray Combinations: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(110011)


def write(name, s, coins):
    assert len(set(coins)) == len(coins)
    rng.shuffle(coins)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(coins)} {s}\n{' '.join(map(str, coins))}\n")


write("01-single-coin-fits", 12, [3])
write("02-single-coin-misses", 13, [3])
write("03-coin-too-big", 1, [100000])
write("04-exact-one", 100000, [100000])
write("05-small", 10, [1, 2, 3])
write("06-small-random", 50, rng.sample(range(1, 30), 6))
write("07-no-one", 99999, [2, 4, 6, 8, 10])
write("08-max-small-coins", 100000, list(range(1, 101)))
write("09-max-random", 100000, rng.sample(range(1, 100001), 100))
write("10-max-mid", 100000, rng.sample(range(1, 2001), 100))
write("11-medium", 3000, rng.sample(range(1, 200), 30))
