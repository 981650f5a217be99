"""Secret tests for Night Patrol Sweep: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(22012)
V = 10**9


def write(name, guards, points):
    rng.shuffle(guards)
    rng.shuffle(points)
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(guards)} {len(points)}\n{' '.join(map(str, guards))}\n{' '.join(map(str, points))}\n")


def values(count, low, high):
    return [rng.randint(low, high) for _ in range(count)]


write("01-on-the-spot", [7], [7])
# One guard in the middle of a huge span: the answer is about 1.5e9.
write("02-middle-guard", [V // 3], [0, V])
write("03-small-random", values(3, 0, 30), values(6, 0, 30))
write("04-right-first", [10, 100], [9, 20, 95, 99, 130])
write("05-all-left", [V, V - 1], values(1000, 0, 1000))
write("06-all-right", [0], values(1000, V - 10**6, V))
write("07-many-guards", values(30000, 0, V), values(300, 0, V))
write("08-clustered", values(20, 0, 1000) + values(20, V - 1000, V), values(5000, 0, V))
write("09-small-coords", values(2000, 0, 10**5), values(20000, 0, 10**5))
write("10-max-random", values(50000, 0, V), values(50000, 0, V))
write("11-few-guards", values(7, 0, V), values(40000, 0, V))
