"""Canoe Pairs input: n C, then n weights; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n C"
n, cap = map(int, lines[0].split())
assert 1 <= n <= 100000, "n out of range"
assert 1 <= cap <= 10**9, "C out of range"
weights = lines[1].split(" ")
assert len(weights) == n, "n weights"
for weight in weights:
    assert re.fullmatch(r"[1-9][0-9]*", weight), f"weight {weight!r}"
    assert 1 <= int(weight) <= cap, "w_i out of range"
sys.exit(42)
