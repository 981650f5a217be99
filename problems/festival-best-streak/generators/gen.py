"""Secret tests for Festival Best Streak: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(220022)
LIMIT = 10**9


def write(name, values, events):
    lines = [f"{len(values)} {len(events)}", " ".join(map(str, values))]
    lines += [" ".join(map(str, e)) for e in events]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def make(n, q, lo, hi, update_rate=0.5, min_len=1):
    values = [rng.randint(lo, hi) for _ in range(n)]
    events = []
    for _ in range(q):
        if rng.random() < update_rate:
            events.append((1, rng.randint(1, n), rng.randint(lo, hi)))
        else:
            length = rng.randint(min(min_len, n), n)
            l = rng.randint(1, n - length + 1)
            events.append((2, l, l + length - 1))
    return values, events


write("01-single-day", [-LIMIT], [(2, 1, 1), (1, 1, LIMIT), (2, 1, 1)])
write("02-small-random", *make(8, 60, -5, 5))
write("03-all-negative", *make(300, 2000, -LIMIT, -1))
write("04-mixed-wide", *make(2000, 5000, -LIMIT, LIMIT))
# Large sums (around 1e12), far past 32 bits, with positives dominating.
write("05-big-sums", *make(8000, 3000, -LIMIT // 4, LIMIT, update_rate=0.3, min_len=6000))
write("06-mostly-negative", *make(5000, 8000, -100, 3))
# Many short ranges crossing node borders: the order of the merge matters.
values = [rng.randint(-50, 50) for _ in range(4096)]
events = []
for _ in range(10000):
    if rng.random() < 0.3:
        events.append((1, rng.randint(1, 4096), rng.randint(-50, 50)))
    else:
        l = rng.randint(1, 4000)
        events.append((2, l, min(4096, l + rng.randint(0, 96))))
write("07-short-ranges", values, events)
write("08-max-random", *make(100000, 20000, -99, 99))
# Long questions, few updates: Kadane per question is ~n steps each.
write("09-max-long-questions", *make(200000, 30000, -9, 9, update_rate=0.1, min_len=190000))
write("10-zigzag", [(-1) ** i * (LIMIT - i) for i in range(3000)], make(3000, 3000, -LIMIT, LIMIT)[1])
