"""Secret tests for Never Descending Hike: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(14001400)
N = 200000


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single", [1000000000])
write("02-all-equal-small", [5] * 7)
write("03-small-random", [rng.randint(1, 5) for _ in range(12)])
write("04-decreasing", list(range(1000, 0, -1)))
write("05-plateaus", sorted(rng.randint(1, 50) for _ in range(300))[::-1] + [rng.randint(1, 50) for _ in range(300)])
write("06-random-small-values", [rng.randint(1, 20) for _ in range(5000)])
# Maximum size (small values keep the file short): equal values everywhere, so strictly increasing answers differ a lot.
write("07-max-few-values", [rng.randint(1, 100) for _ in range(N)])
write("08-random-large", [rng.randint(1, 10**9) for _ in range(20000)])
values = [i // 25 + rng.randint(0, 1500) for i in range(N)]
write("09-max-trend", [min(10**9, max(1, v)) for v in values])
write("10-all-equal", [7] * 50000)
