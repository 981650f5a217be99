"""Secret tests for Road Lamps: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(14006)


def write(name, length, lamps):
    rng.shuffle(lamps)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(lamps)} {length}\n" + "".join(f"{p} {r}\n" for p, r in lamps))


write("01-one-lamp", 10, [(5, 5)])
write("02-one-lamp-short", 10, [(5, 4)])
# Stretches that only touch.
write("03-touching", 12, [(1, 1), (4, 2), (9, 3)])
write("04-gap-in-middle", 100, [(10, 10), (30, 10), (60, 15), (90, 10)])
write("05-start-dark", 100, [(60, 50), (20, 19)])
write("06-small-random", 50, [(rng.randint(0, 60), rng.randint(1, 8)) for _ in range(20)])
# Many short lamps that each extend a little, and a few long ones that should win.
lamps = [(i * 10 + 5, 6) for i in range(1000)]
lamps += [(i * 1000 + 500, 500) for i in range(10)]
write("07-long-beat-short", 10000, lamps)
write("08-huge", 10**9, [(rng.randint(0, 10**9), rng.randint(1, 10**7)) for _ in range(30000)] + [(0, 10**9)])
# Max n, a long chain: about 5e4 lamps are needed.
lamps = [(i * 20 + 10, 10 + rng.randint(0, 1)) for i in range(50000)]
lamps += [(rng.randint(0, 10**6), rng.randint(1, 12)) for _ in range(50000)]
write("09-max-chain", 10**6, lamps)
lamps = [(i * 3, 2) for i in range(30000)]
lamps[rng.randint(10000, 20000)] = (0, 1)
write("10-chain-with-gap", 3 * 29999, lamps)
