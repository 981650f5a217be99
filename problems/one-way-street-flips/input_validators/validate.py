"""One-Way Street Flips input: n m, then m lines u v (u != v); exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 2 <= n <= 10**5 and 0 <= m <= 10**5, "n, m out of range"
assert len(lines) == m + 1, "m lines"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "u v"
    u, v = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "street"
sys.exit(42)
