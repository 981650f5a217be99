"""K-th Lightest Crate input; exit 42 if valid, 43 otherwise."""
import re
import sys

INTEGER = r"-?(0|[1-9][0-9]*)"
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 100000 and 1 <= q <= 100000, "n, q out of range"
assert len(lines) == q + 3, "line count"
values = lines[1].split(" ")
assert len(values) == n, "n values"
for v in values:
    assert re.fullmatch(INTEGER, v) and v != "-0" and -10**9 <= int(v) <= 10**9, f"w_i {v!r}"
for line in lines[2 : q + 2]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), f"question {line!r}"
    l, r, k = map(int, line.split())
    assert 1 <= l <= r <= n and 1 <= k <= r - l + 1, "question out of range"
sys.exit(42)
