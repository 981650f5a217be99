"""Secret tests for Ballot Tally: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(9000202)
LIMIT = 10**5


def write(name, names):
    assert 1 <= len(names) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(names)}\n" + "".join(x + "\n" for x in names))


def rand(low, high, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


write("01-single", ["a"])
write("02-all-distinct", ["zeta", "beta", "alpha", "gamma"])
write("03-tie-later-smaller", ["pip", "pip", "ace", "zed", "ace"])
write("04-prefix-names", ["ab", "abc", "abc", "ab", "a", "b"])
small = [rand(1, 2, "ab") for _ in range(300)]
write("05-small-random", small)
pool = [rand(3, 8) for _ in range(50)]
names = [rng.choice(pool) for _ in range(20000)]
write("06-pool", names)
# Tie between many names; the alphabetically first one appears last.
tied = sorted({rand(5, 10) for _ in range(2000)}, reverse=True)
names = []
for x in tied:
    names += [x] * 7
write("07-big-tie", names)
# Almost all names distinct: one name appears twice, at the very end.
distinct = set()
while len(distinct) < 60000:
    distinct.add(rand(6, 8))
distinct = sorted(distinct)
rng.shuffle(distinct)
write("08-many-distinct", distinct + [distinct[30000]])
# Max size, every name distinct: the answer is the alphabetically smallest name, count 1.
distinct = set()
while len(distinct) < LIMIT:
    distinct.add(rand(1, 10))
distinct = sorted(distinct)
rng.shuffle(distinct)
write("09-max-all-ties", distinct)
