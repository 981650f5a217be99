"""Secret tests for Reverse the Words: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(8000202)
LIMIT = 10**6


def word(low, high):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def write(name, words):
    line = " ".join(words)
    assert len(line) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(line + "\n")


write("01-one-letter", ["q"])
write("02-two-words", ["ab", "cd"])
write("03-palindromes-and-not", ["level", "abc", "noon", "xyz", "a"])
write("04-same-word", ["echo"] * 1000)
write("05-random-short", [word(1, 8) for _ in range(200)])
write("06-long-words", [word(5000, 20000) for _ in range(8)])
write("07-one-huge-word", [word(100000, 100000)])
# Max size: 500000 one-letter words make prepending quadratic.
write("08-max-single-letters", [rng.choice("abcdefghij") for _ in range(LIMIT // 2)])
write("09-random-medium", [word(1, 12) for _ in range(20000)])
