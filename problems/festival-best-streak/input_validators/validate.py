"""Festival Best Streak input; exit 42 if valid, 43 otherwise."""
import re
import sys

INTEGER = r"-?(0|[1-9][0-9]*)"
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 200000 and 1 <= q <= 100000, "n, q out of range"
assert len(lines) == q + 3, "line count"
values = lines[1].split(" ")
assert len(values) == n, "n values"
for v in values:
    assert re.fullmatch(INTEGER, v) and v != "-0" and -10**9 <= int(v) <= 10**9, f"p_i {v!r}"
for line in lines[2 : q + 2]:
    if line.startswith("1 "):
        assert re.fullmatch(r"1 [1-9][0-9]* " + INTEGER, line) and not line.endswith(" -0"), f"update {line!r}"
        _, i, x = map(int, line.split())
        assert 1 <= i <= n and -10**9 <= x <= 10**9, "update out of range"
    else:
        assert re.fullmatch(r"2 [1-9][0-9]* [1-9][0-9]*", line), f"question {line!r}"
        _, l, r = map(int, line.split())
        assert 1 <= l <= r <= n, "question out of range"
sys.exit(42)
