"""Rain Gauge Log input: n q, the values, q ranges; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 100000 and 1 <= q <= 100000, "n or q out of range"
assert len(lines) == q + 3, "line count"
values = lines[1].split(" ")
assert len(values) == n, "n values"
for value in values:
    assert re.fullmatch(r"0|[1-9][0-9]*", value), f"value {value!r}"
    assert int(value) <= 10**9, "a_i out of range"
for line in lines[2 : 2 + q]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), f"query {line!r}"
    l, r = map(int, line.split())
    assert 1 <= l <= r <= n, "bad range"
sys.exit(42)
