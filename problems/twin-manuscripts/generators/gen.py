"""Secret tests for Twin Manuscripts: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(21000101)
LIMIT = 10**5


def write(name, s, t):
    assert 1 <= len(s) <= LIMIT and 1 <= len(t) <= LIMIT
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{s}\n{t}\n")


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def fibonacci(n):
    a, b = "a", "ab"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def tm(i):
    return bin(i).count("1") % 2


def anti_hash(block, context, noise):
    # X = "b" * 2^k and Y = a/c in the Thue-Morse pattern differ by +-1 letter by letter:
    # every polynomial hash mod 2^64 (any base) gives P+X+Q and P+Y+Q the same value.
    x = "b" * block
    y = "".join("ac"[tm(i)] for i in range(block))
    p = rand(context, "defghijklmnopqrstuvwxyz")
    q = rand(context, "defghijklmnopqrstuvwxyz")
    s = rand(noise, "uvwxyz") + p + x + q + rand(noise, "uvwxyz")
    t = rand(noise // 2, "uvwxyz") + p + y + q + rand(noise * 2, "uvwxyz")
    return s, t


write("01-single-letters", "a", "b")
write("02-same-letter", "q", "q")
write("03-identical", "manuscript", "manuscript")
write("04-contained", "illuminated", "theilluminatedcodex")
write("05-small-binary", rand(40, "ab"), rand(35, "ab"))
write("06-anti-hash-2048", *anti_hash(2048, 3000, 1000))
write("07-anti-hash-4096", *anti_hash(4096, 20000, 20000))
planted = rand(5000, "abc")
write("08-planted", rand(30000, "abc") + planted + rand(40000, "abc"), rand(50000, "abc") + planted + rand(20000, "abc"))
write("09-fibonacci", fibonacci(60000), fibonacci(90000)[777:])
write("10-random-binary", rand(50000, "ab"), rand(50000, "ab"))
# Max size, one letter: checking every pair of starts is hopeless.
write("11-max-one-letter", "a" * LIMIT, "a" * (LIMIT - 1))
write("12-max-random", rand(LIMIT), rand(LIMIT))
