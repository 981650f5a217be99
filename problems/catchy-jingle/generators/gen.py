"""Secret tests for Catchy Slogan: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(19000101)
LIMIT = 5 * 10**5


def write(name, s):
    assert 1 <= len(s) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(s + "\n")


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def fibonacci(n):
    a, b = "a", "ab"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def thue_morse(n):
    return "".join("ab"[bin(i).count("1") % 2] for i in range(n))


write("01-single", "k")
write("02-tie", "abab")
write("03-two-letters", "aab")
write("04-small-random", rand(30, "ab"))
write("05-random-binary", rand(50000, "ab"))
write("06-fibonacci", fibonacci(100000))
write("07-thue-morse", thue_morse(65536))
write("08-periodic-with-tail", "abcab" * 20000 + "abd")
write("09-random-letters", rand(20000))
# Max size, one letter: about 6.25e10, beyond 32 bits; per-prefix counting is hopeless.
write("10-max-one-letter", "a" * LIMIT)
write("11-max-blocks", ("a" * 50 + "b") * (LIMIT // 51))
