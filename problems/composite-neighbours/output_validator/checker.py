"""Composite Neighbours checker: checker.py input answer feedback_dir < output; 42 accept, 43 reject."""
import os
import sys


def verdict(ok, message):
    try:
        with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as handle:
            handle.write(message + "\n")
    except OSError:
        pass
    sys.exit(42 if ok else 43)


n = int(open(sys.argv[1]).read().split()[0])
judge_possible = open(sys.argv[2]).read().split()[0] != "-1"
raw = sys.stdin.buffer.read(8 * 10**6 + 1)
if len(raw) > 8 * 10**6:
    verdict(False, "output too long")
try:
    tokens = raw.decode("ascii").split()
except UnicodeDecodeError:
    verdict(False, "output is not ASCII")
if not tokens:
    verdict(False, "empty output")
if tokens == ["-1"]:
    if judge_possible:
        verdict(False, "printed -1, but an arrangement exists")
    verdict(True, "correctly reported impossible")
if not judge_possible:
    verdict(False, "printed an arrangement, but none exists")
if len(tokens) != n:
    verdict(False, f"expected {n} numbers, got {len(tokens)}")
row = []
for token in tokens:
    if not token.isdigit() or len(token) > 7:
        verdict(False, f"not a badge number: {token[:20]!r}")
    row.append(int(token))
if sorted(row) != list(range(1, n + 1)):
    verdict(False, "not a permutation of 1..n")
limit = 2 * n + 1
sieve = bytearray([1]) * (limit + 1)
sieve[0] = sieve[1] = 0
for p in range(2, int(limit**0.5) + 1):
    if sieve[p]:
        sieve[p * p :: p] = bytearray(len(range(p * p, limit + 1, p)))
for i in range(n - 1):
    if sieve[row[i] + row[i + 1]]:
        verdict(False, f"{row[i]} + {row[i + 1]} = {row[i] + row[i + 1]} is prime (positions {i + 1}, {i + 2})")
verdict(True, "ok")
