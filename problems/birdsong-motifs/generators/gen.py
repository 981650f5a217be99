"""Secret tests for Birdsong Motifs: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(10000101)
LIMIT = 10**6


def write(name, s, p):
    assert 1 <= len(s) <= LIMIT and 1 <= len(p) <= 10
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{s}\n{p}\n")


def rand(n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


write("01-single-match", "a", "a")
write("02-motif-longer", "abc", "abcd")
write("03-no-match", "abababab", "bb")
write("04-overlap-small", "lalala", "lala")
write("05-periodic-motif", "abaababaabaababaabaab" * 5, "abaab")
write("06-random-small-alphabet", rand(5000, "ab"), "abba")
write("07-motif-at-edges", "xyz" + rand(1000, "ab") + "xyz", "xyz")
# Max size: a run of one letter, a length-10 motif of that letter.
write("08-max-one-letter", "a" * LIMIT, "a" * 10)
write("09-periodic", "ab" * 200000, "ababababa")
write("10-random-two-letters", rand(200000, "ab"), "aab")
