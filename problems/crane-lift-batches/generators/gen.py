"""Secret tests for Crane Lift Batches: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(23002300)
N = 200000


def write(name, C, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)} {C}\n{' '.join(map(str, values))}\n")


write("01-single", 10**12, [1000])
write("02-two-split", 1, [1000, 1000])
write("03-small-random", 30, [rng.randint(1, 10) for _ in range(10)])
write("04-small-c", 1, [rng.randint(1, 1000) for _ in range(2000)])
write("05-medium", 5000, [rng.randint(1, 50) for _ in range(3000)])
# Best batches hold thousands of crates: a short look-back cannot find them.
write("06-long-batches", 10**12, [rng.randint(1, 1000) for _ in range(30000)])
write("07-max-random", 10**9, [rng.randint(1, 1000) for _ in range(N)])
write("08-max-huge-c", 10**12, [rng.randint(1, 99) for _ in range(N)])
write("09-max-waves", 4 * 10**7, [rng.randint(1, 9) if (i // 5000) % 2 else rng.randint(500, 999) for i in range(N // 2)])
write("10-all-equal", 123456789, [777] * 20000)
write("11-spikes", 10**6, [1000 if rng.random() < 0.05 else 1 for _ in range(20000)])
