"""Secret tests for Necklace Clasp: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(17000101)
TOTAL = 10**6


def write(name, necklaces):
    assert 1 <= len(necklaces) <= 10**4 and sum(map(len, necklaces)) <= TOTAL
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(necklaces)}\n" + "".join(x + "\n" for x in necklaces))


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def rotate(s):
    k = rng.randrange(len(s))
    return s[k:] + s[:k]


write("01-single", ["q"])
write("02-periodic-small", [rotate(rand(rng.randint(1, 4), "ab") * rng.randint(2, 6)) for _ in range(500)])
write("03-all-small-binary", [format(m, "b")[1:].replace("0", "a").replace("1", "b") for m in range(2, 4098)])
write("04-random-small", [rand(rng.randint(1, 12), "abc") for _ in range(3000)])
write("05-suffix-trap", ["abaa", "aba", "abaaba", "aabaaa", "baaab", "acab", "abab" + "a"])
write("06-random-medium", [rand(rng.randint(100, 2000), "ab") for _ in range(100)])
write("07-runs", [rotate("".join("a" * rng.randint(1, 30) + "b" for _ in range(rng.randint(1, 400)))) for _ in range(30)])
# Max size: one letter everywhere; comparing all rotations is quadratic.
write("08-max-one-letter", ["a" * TOTAL])
write("09-long-near-periodic", [rotate("ab" * 49999 + "aab"), rotate(("a" * 999 + "b") * 50 + "a"), rotate(rand(50000, "ab"))])
