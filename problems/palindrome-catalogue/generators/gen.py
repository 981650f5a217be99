"""Secret tests for Palindrome Catalogue: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(23000101)
LIMIT = 3 * 10**5


def write(name, s):
    assert 1 <= len(s) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(s + "\n")


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def thue_morse(n, letters="ab"):
    return "".join(letters[bin(i).count("1") % 2] for i in range(n))


def fibonacci(n):
    a, b = "a", "ab"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def zimin(k):
    w = ""
    for i in range(k):
        w = w + chr(ord("a") + i) + w
    return w


write("01-single", "z")
write("02-two-different", "ab")
write("03-small-random", rand(30, "ab"))
write("04-tiny-mixed", "abacabadabacaba" + "xyzzyx")
# Thue-Morse: T_12 and its complement are palindromes of length 4096 whose 2^64 hashes
# coincide for every base; T_13 = T_12 + complement(T_12) contains both.
write("05-thue-morse-8192", thue_morse(8192))
write("06-thue-morse-in-noise", rand(5000, "cd") + thue_morse(16384) + rand(5000, "cd"))
write("07-fibonacci", fibonacci(100000))
write("08-zimin", zimin(16))
write("09-random-binary", rand(100000, "ab"))
write("10-random-letters", rand(50000))
# Max size, one letter: storing every palindrome is hopeless.
write("11-max-one-letter", "a" * LIMIT)
write("12-max-blocks", "".join(rng.choice("ab") * rng.randint(1, 40) for _ in range(15000))[:LIMIT])
