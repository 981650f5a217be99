"""Beacon Spacing input: n k, then n distinct positions; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n k"
n, k = map(int, lines[0].split())
assert 2 <= k <= n <= 100000, "n or k out of range"
xs = lines[1].split(" ")
assert len(xs) == n, "n positions"
for x in xs:
    assert re.fullmatch(r"0|[1-9][0-9]*", x), f"position {x!r}"
    assert int(x) <= 10**9, "x_i out of range"
assert len(set(xs)) == n, "positions must be distinct"
sys.exit(42)
