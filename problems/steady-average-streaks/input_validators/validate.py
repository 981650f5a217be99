"""Steady Average Streaks input: n k, then n values; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n k"
n, k = map(int, lines[0].split())
assert 1 <= n <= 200000, "n out of range"
assert 0 <= k <= 10**9, "k out of range"
values = lines[1].split(" ")
assert len(values) == n, "n values"
for value in values:
    assert re.fullmatch(r"0|[1-9][0-9]*", value), f"value {value!r}"
    assert int(value) <= 10**9, "a_i out of range"
sys.exit(42)
