"""Beacon XOR Subsets input: n q, codes, then q lines l r x; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 50000 and 1 <= q <= 50000, "n, q out of range"
assert len(lines) == q + 2, "q question lines"
NUM = re.compile(r"0|[1-9][0-9]*")
codes = lines[1].split(" ")
assert len(codes) == n, "n codes"
for c in codes:
    assert NUM.fullmatch(c) and int(c) < 1 << 20, f"code {c!r}"
for line in lines[2:]:
    parts = line.split(" ")
    assert len(parts) == 3 and all(NUM.fullmatch(p) for p in parts), "l r x"
    l, r, x = map(int, parts)
    assert 1 <= l <= r <= n, "l, r out of range"
    assert x < 1 << 20, "x out of range"
sys.exit(42)
