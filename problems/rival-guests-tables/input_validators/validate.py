"""Rival Guests input: n m, then m lines a b (a != b); exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 1 <= n <= 10**5 and 0 <= m <= 10**5, "n, m out of range"
assert len(lines) == m + 1, "m lines"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "a b"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "pair"
sys.exit(42)
