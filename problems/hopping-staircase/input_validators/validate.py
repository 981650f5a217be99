"""Hopping Staircase input: t, then t lines with n_i; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "t"
t = int(lines[0])
assert 1 <= t <= 10**5, "t out of range"
assert len(lines) == t + 1, "t lines follow"
for line in lines[1:]:
    assert re.fullmatch(r"0|[1-9][0-9]*", line), f"n_i {line!r}"
    assert 0 <= int(line) <= 10**6, "n_i out of range"
sys.exit(42)
