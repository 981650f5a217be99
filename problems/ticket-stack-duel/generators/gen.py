"""Secret tests for Ticket Stack Duel: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(18044)
N = 2 * 10**5
V = 10**9


def write(name, k, v):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(v)} {k}\n{' '.join(map(str, v))}\n")


def values(n, low, high):
    return [rng.randint(low, high) for _ in range(n)]


write("01-single-ticket", 1, [-7])
write("02-single-positive", 1, [V])
write("03-k-one-alternates", 1, values(9, -20, 20))
write("04-all-penalties-small", 3, [-5, -1, -8, -2, -9, -3, -4])
write("05-small-random", 2, values(8, -10, 10))
write("06-small-k-equals-n", 6, values(6, -10, 10))
# Greedy traps: a small gain on top hides a large penalty just below the reach.
trap = []
for _ in range(2000):
    trap += [1, -1000, 5000]
write("07-greedy-trap", 2, trap)
for index in range(3):
    n = rng.randint(50, 400)
    write(f"{8 + index:02d}-medium-random", rng.randint(1, n), values(n, -100, 100))
# Totals beyond 32 bits (kept short: the library's test data has a size budget).
write("11-big-all-positive", 5000, [V] * 5000)
write("12-big-all-negative", 1, [-V] * 5000)
write("13-big-mixed", 40, values(20000, -V, V))
# Full size, with small values so the files stay small; k near n defeats O(n k).
write("14-max-mixed-big-k", N - 1, values(N, -999, 999))
write("15-max-k-equals-n", N, values(N, -999, 999))
write("16-half-mid-k", 1000, values(N // 2, -99, 99))
write("17-half-small-k", 3, values(N // 2, -99, 99))
# Mostly penalties with rare prizes: the window's maximum changes often.
write("18-sparse-prizes", 25000, [999 if rng.random() < 0.01 else -rng.randint(1, 999) for _ in range(50000)])
write("19-increasing", 25000, sorted(values(50000, -999, 999)))
write("20-decreasing", 50000, sorted(values(50000, -999, 999), reverse=True))
