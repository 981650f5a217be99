"""Secret tests for Souvenir Budget: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8001)


def write(name, budget, prices):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(prices)} {budget}\n{' '.join(map(str, prices))}\n")


write("01-single-fits", 5, [5])
write("02-single-too-dear", 4, [5])
write("03-zero-budget", 0, [1, 2, 3])
write("04-small-random", 30, [rng.randint(1, 15) for _ in range(10)])
# Expensive items first: buying in the given order stops early.
write("05-dear-first", 100, [90] + [10] * 9)
write("06-all-equal", 10**9 * 777, [10**9] * 1000)
prices = [rng.randint(1, 10**9) for _ in range(100000)]
write("07-max-random", sum(sorted(prices)[:61234]) + 5, prices)
# The total passes 2^31 long before the budget runs out.
write("08-max-overflow", 5 * 10**9, [99999] * 60000)
prices = [rng.randint(1, 1000) for _ in range(50000)]
write("09-exact", sum(sorted(prices)[:37000]), prices)
write("11-buy-all-huge-budget", 10**18, [rng.randint(1, 10**9) for _ in range(1000)])
write("10-medium", 3 * 10**9, [rng.randint(1, 10**7) for _ in range(50000)])
