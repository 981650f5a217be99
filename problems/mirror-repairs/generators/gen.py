"""Secret tests for Mirror Repairs: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8000404)
TOTAL = 200000


def write(name, names):
    assert 1 <= len(names) <= 10**4 and sum(map(len, names)) <= TOTAL
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(names)}\n" + "".join(x + "\n" for x in names))


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def near_palindrome(n, changes, letters="abc"):
    half = rand(n // 2, letters)
    mid = rand(n % 2, letters)
    s = list(half + mid + half[::-1])
    for _ in range(changes):
        i = rng.randrange(n)
        s[i] = rng.choice(letters)
    return "".join(s)


def middle_differs(n):
    # even length, only the two middle letters differ
    half = rand(n // 2 - 1, "ab")
    return half + "xy" + half[::-1]


write("01-single", ["a"])
write("02-pairs", ["aa", "ab", "ba", "zz"])
write("03-middle-differs", [middle_differs(n) for n in [2, 4, 6, 10, 50]])
write("04-small-random", [rand(rng.randint(1, 8), "ab") for _ in range(2000)])
write("05-near-palindromes", [near_palindrome(rng.randint(1, 60), rng.randint(0, 3)) for _ in range(3000)])
write("06-all-mismatched", ["ab" * 50000])
write("07-one-long-palindrome", [near_palindrome(199999, 0, "xyz")])
write("08-many-short", [rand(rng.randint(1, 20)) for _ in range(10000)])
write("09-long-random", [rand(100000), rand(99999)])
write("10-middle-long", [middle_differs(100000), middle_differs(99998)])
