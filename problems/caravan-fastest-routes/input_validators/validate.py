"""Caravan Fastest Routes input: n m, then m lines u v w; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 1 <= n <= 5 * 10**4 and 0 <= m <= 5 * 10**4, "n, m out of range"
assert len(lines) == m + 1, "m lines"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), "u v w"
    u, v, w = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "trail ends"
    assert 1 <= w <= 10**9, "w out of range"
sys.exit(42)
