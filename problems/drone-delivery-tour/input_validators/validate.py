"""Drone Delivery Tour input: n, then an n x n matrix with zero diagonal; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 2 <= n <= 16, "n out of range"
assert len(lines) == n + 1, "n rows"
for i, line in enumerate(lines[1:]):
    row = line.split(" ")
    assert len(row) == n, "n numbers a row"
    for j, x in enumerate(row):
        assert re.fullmatch(r"0|[1-9][0-9]*", x), f"number {x!r}"
        assert int(x) <= 10**6, "d out of range"
        if i == j:
            assert int(x) == 0, "d_ii must be 0"
sys.exit(42)
