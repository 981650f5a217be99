"""Rise and Fall Queue checker: checker.py input answer feedback_dir < output; 42 accept, 43 reject."""
import os
import sys
from bisect import bisect_left


def verdict(ok, message):
    try:
        with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as handle:
            handle.write(message + "\n")
    except OSError:
        pass
    sys.exit(42 if ok else 43)


n, a, b = map(int, open(sys.argv[1]).read().split()[:3])
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
        verdict(False, "printed -1, but a queue exists")
    verdict(True, "correctly reported impossible")
if not judge_possible:
    verdict(False, "printed a queue, but none exists")
if len(tokens) != n:
    verdict(False, f"expected {n} numbers, got {len(tokens)}")
p = []
for token in tokens:
    if not token.isdigit() or len(token) > 7:
        verdict(False, f"not a height: {token[:20]!r}")
    p.append(int(token))
if sorted(p) != list(range(1, n + 1)):
    verdict(False, "not a permutation of 1..n")


def lis(seq):
    tails = []
    for v in seq:
        i = bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
        else:
            tails[i] = v
    return len(tails)


up, down = lis(p), lis([-v for v in p])
if up != a or down != b:
    verdict(False, f"longest increasing {up}, longest decreasing {down}; wanted {a} and {b}")
verdict(True, "ok")
