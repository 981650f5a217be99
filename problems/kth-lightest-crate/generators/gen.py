"""Secret tests for K-th Lightest Crate: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(230023)
LIMIT = 10**9


def write(name, values, questions):
    lines = [f"{len(values)} {len(questions)}", " ".join(map(str, values))]
    lines += [f"{l} {r} {k}" for l, r, k in questions]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def questions(n, q, min_len=1):
    result = []
    for _ in range(q):
        length = rng.randint(min(min_len, n), n)
        l = rng.randint(1, n - length + 1)
        r = l + length - 1
        k = rng.choice([1, length, rng.randint(1, length)])
        result.append((l, r, k))
    return result


write("01-single", [-LIMIT], [(1, 1, 1)])
write("02-two", [LIMIT, -LIMIT], [(1, 2, 1), (1, 2, 2), (1, 1, 1), (2, 2, 1)])
values = [rng.randint(-3, 3) for _ in range(10)]
write("03-small-all", values, [(l, r, k) for l in range(1, 11) for r in range(l, 11) for k in range(1, r - l + 2)])
write("04-wide-values", [rng.randint(-LIMIT, LIMIT) for _ in range(5000)], questions(5000, 5000))
write("05-many-ties", [rng.randint(1, 5) for _ in range(20000)], questions(20000, 10000))
write("06-increasing", list(range(-5000, 5000)), questions(10000, 4000))
write("07-all-equal", [42] * 20000, questions(20000, 2000))
# Long blocks: sorting each one costs n log n per question.
write("08-max-long-blocks", [rng.randint(-999, 999) for _ in range(100000)], questions(100000, 6000, min_len=90000))
write("09-max-random", [rng.randint(0, 99) for _ in range(100000)], questions(100000, 30000))
write("10-short-blocks", [rng.randint(-LIMIT, LIMIT) for _ in range(3000)],
      [(l, min(3000, l + rng.randint(0, 3)), 1) for l in (rng.randint(1, 3000) for _ in range(3000))])
