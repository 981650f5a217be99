"""Secret tests for Distinct Stamps in a Range: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(190019)
LIMIT = 10**9


def write(name, kinds, questions):
    lines = [f"{len(kinds)} {len(questions)}", " ".join(map(str, kinds))]
    lines += [f"{l} {r}" for l, r in questions]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def random_questions(n, q, min_len=1):
    result = []
    for _ in range(q):
        length = rng.randint(min_len, n)
        l = rng.randint(1, n - length + 1)
        result.append((l, l + length - 1))
    return result


write("01-single", [LIMIT], [(1, 1)])
write("02-two-kinds", [1, 2], [(1, 1), (2, 2), (1, 2)])
kinds = [rng.randint(1, 4) for _ in range(15)]
write("03-small-all-blocks", kinds, [(l, r) for l in range(1, 16) for r in range(l, 16)][:100])
kinds = [rng.randint(1, LIMIT) for _ in range(2000)]
write("04-all-distinct-wide", kinds, random_questions(2000, 2000))
kinds = [rng.randint(1, 30) for _ in range(5000)]
write("05-few-kinds", kinds, random_questions(5000, 5000))
kinds = [rng.choice([LIMIT, LIMIT - 1, 1]) for _ in range(3000)]
write("06-extreme-kinds", kinds, random_questions(3000, 3000))
# Long blocks at the maximum length: the naive count touches ~n pages per question.
kinds = [rng.randint(1, 999) for _ in range(100000)]
write("07-max-long-blocks", kinds, random_questions(100000, 20000, min_len=80000))
kinds = [rng.randint(1, 99) for _ in range(100000)]
write("08-max-random", kinds, random_questions(100000, 40000))
kinds = [i // 3 + 1 for i in range(30000)]
write("09-runs", kinds, random_questions(30000, 10000))
kinds = [rng.randint(1, 5000) for _ in range(20000)]
write("10-single-pages", kinds, [(p, p) for p in (rng.randint(1, 20000) for _ in range(5000))])
