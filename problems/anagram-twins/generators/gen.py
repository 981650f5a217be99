"""Secret tests for Anagram Twins: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(11000101)
LIMIT = 10**5


def write(name, words):
    assert 1 <= len(words) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(words)}\n" + "".join(w + "\n" for w in words))


def rand(low, high, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def shuffled(word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


write("01-single", ["a"])
write("02-two-same", ["zz", "zz"])
write("03-same-letters-different-counts", ["aab", "abb", "ab", "aabb", "bbaa", "ba"])
write("04-small-random", [rand(1, 3, "abc") for _ in range(500)])
bases = [rand(4, 10) for _ in range(300)]
write("05-families", [shuffled(rng.choice(bases)) for _ in range(15000)])
# Words that share the letter set but not the counts.
words = []
for _ in range(20000):
    k = rng.randint(1, 4)
    words.append(shuffled("a" * k + "b" * (5 - k) + "c"))
write("06-set-trap", words)
# Max size, one family: 4999950000 pairs overflow 32 bits.
write("07-max-one-family", [shuffled("tea") for _ in range(LIMIT)])
write("08-max-random", [rand(2, 4, "abcde") for _ in range(LIMIT)])
write("09-all-distinct", sorted({rand(8, 10) for _ in range(10000)}, key=lambda w: (len(w), w[::-1])))
