"""Collapsing Bridges input: n m q, m lines a b, a line of q distinct c; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "n m q"
n, m, q = map(int, lines[0].split())
assert 1 <= n <= 10**5 and 1 <= m <= 5 * 10**4 and 1 <= q <= m, "n, m, q out of range"
assert len(lines) == m + 2, "m bridge lines and the collapse line"
for line in lines[1 : m + 1]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "a b"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "bridge"
c = lines[m + 1].split(" ")
assert len(c) == q, "q collapses"
for x in c:
    assert re.fullmatch(r"[1-9][0-9]*", x) and int(x) <= m, "bridge index"
assert len(set(c)) == q, "distinct collapses"
sys.exit(42)
