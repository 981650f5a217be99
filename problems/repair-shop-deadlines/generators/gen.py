"""Secret tests for Repair Shop Deadlines: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20011)


def write(name, orders):
    rng.shuffle(orders)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(orders)}\n" + "".join(f"{t} {d}\n" for t, d in orders))


write("01-single-late", [(5, 4)])
write("02-single-exact", [(10**9, 10**9)])
write("03-small-random", [(rng.randint(1, 5), rng.randint(1, 15)) for _ in range(8)])
# A long early order blocks many short ones: keep-if-fits takes it.
write("04-long-blocks-short", [(50, 50)] + [(1, 60) for _ in range(49)] + [(60, 150)])
write("05-all-fit", [(rng.randint(1, 10**9), 10**14) for _ in range(1000)])
write("06-none-fit", [(rng.randint(10, 100), rng.randint(1, 9)) for _ in range(1000)])
write("07-random-mid", [(rng.randint(1, 100), rng.randint(1, 50000)) for _ in range(3000)])
# Totals pass 2^31: big orders, all due late.
orders = [(rng.randint(5 * 10**8, 10**9), rng.randint(10**12, 3 * 10**12)) for _ in range(5000)]
write("08-big-overflow", orders)
# Max n, overloaded: deadlines grow slowly, so orders are dropped all the time.
write("09-max-overloaded", [(rng.randint(1, 10), 5 * i + rng.randint(0, 3)) for i in range(1, 100001)])
write("10-big-random", [(rng.randint(1, 1000), rng.randint(1, 10**7)) for _ in range(50000)])
