"""Secret tests for Sticky Keys: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8000303)
LIMIT = 10**6


def write(name, text):
    assert 1 <= len(text) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(text + "\n")


def runs(count, low, high, letters="abcdefghijklmnopqrstuvwxyz"):
    parts = []
    last = None
    for _ in range(count):
        c = rng.choice([x for x in letters if x != last])
        parts.append(c * rng.randint(low, high))
        last = c
    return "".join(parts)


write("01-one-letter", "x")
write("02-triple", "aaa")
write("03-no-repeats", "abcdefghijklmnopqrstuvwxyz")
write("04-alternating", "ab" * 500)
write("05-short-runs", runs(300, 1, 5))
write("06-long-runs", runs(40, 100, 5000, "ab"))
write("07-random-letters", "".join(rng.choice("ab") for _ in range(100000)))
# A million equal letters: in-place deletion is quadratic.
write("08-max-one-block", "a" * LIMIT)
write("09-odd-runs", runs(20000, 1, 7, "xyz"))
