"""Secret tests for Typo Repair Distance: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(13001300)


def write(name, costs, s, t):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{costs[0]} {costs[1]} {costs[2]}\n{s}\n{t}\n")


def word(n, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(s, edits, alphabet="abcdefghijklmnopqrstuvwxyz"):
    s = list(s)
    for _ in range(edits):
        kind = rng.randrange(3)
        pos = rng.randrange(len(s) + 1)
        if kind == 0:
            s.insert(pos, rng.choice(alphabet))
        elif kind == 1 and len(s) > 1 and pos < len(s):
            del s[pos]
        elif pos < len(s):
            s[pos] = rng.choice(alphabet)
    return "".join(s)


write("01-equal-single", (5, 5, 5), "a", "a")
write("02-single-diff", (7, 9, 100), "a", "b")
write("03-delete-heavy", (1, 1000, 1000), "abcdefghij", "z")
write("04-insert-heavy", (1000, 1, 1000), "z", "abcdefghij")
write("05-small-random", (3, 4, 5), word(8, "abc"), word(9, "abc"))
write("06-costly-replace", (2, 3, 1000), word(30, "ab"), word(25, "ab"))
s = word(1500)
write("07-near-copy", (10, 20, 15), s, mutate(s, 60))
write("08-medium", (rng.randint(1, 1000), rng.randint(1, 1000), rng.randint(1, 1000)), word(400, "abcd"), word(500, "abcd"))
write("09-max-random", (1000, 1000, 1000), word(2000), word(2000))
s = word(2000, "ab")
write("10-max-near", (rng.randint(1, 50), rng.randint(1, 50), rng.randint(1, 50)), s, mutate(s, 300, "ab")[:2000])
write("11-lengths-differ", (1, 2, 1), word(2000, "xyz"), word(30, "xyz"))
