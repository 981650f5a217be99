"""Exact Disorder checker: checker.py input answer feedback_dir < output; 42 accept, 43 reject."""
import os
import sys


def verdict(ok, message):
    try:
        with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as handle:
            handle.write(message + "\n")
    except OSError:
        pass
    sys.exit(42 if ok else 43)


n, k = map(int, open(sys.argv[1]).read().split()[:2])
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
p = []
for token in tokens:
    if not token.isdigit() or len(token) > 7:
        verdict(False, f"not a book number: {token[:20]!r}")
    p.append(int(token))
if sorted(p) != list(range(1, n + 1)):
    verdict(False, "not a permutation of 1..n")
# Count pairs out of order with a Fenwick tree, right to left.
tree = [0] * (n + 1)
count = 0
for v in reversed(p):
    i = v - 1
    while i > 0:
        count += tree[i]
        i -= i & -i
    i = v
    while i <= n:
        tree[i] += 1
        i += i & -i
if count != k:
    verdict(False, f"{count} pairs out of order, expected {k}")
verdict(True, "ok")
