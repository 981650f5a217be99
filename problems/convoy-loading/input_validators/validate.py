"""Convoy Loading input: n m c, then n weights; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "n m c"
n, m, c = map(int, lines[0].split())
assert 1 <= m <= n <= 100000, "n or m out of range"
assert 1 <= c <= n and m * c >= n, "c out of range"
weights = lines[1].split(" ")
assert len(weights) == n, "n weights"
for weight in weights:
    assert re.fullmatch(r"[1-9][0-9]*", weight), f"weight {weight!r}"
    assert int(weight) <= 10**9, "w_i out of range"
sys.exit(42)
