"""Crane Lift Batches input: n C, then n weights; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n C"
n, C = map(int, lines[0].split())
assert 1 <= n <= 200000 and 1 <= C <= 10**12, "n, C out of range"
values = lines[1].split(" ")
assert len(values) == n, "n weights"
for v in values:
    assert re.fullmatch(r"[1-9][0-9]*", v), f"weight {v!r}"
    assert int(v) <= 1000, "a_i out of range"
sys.exit(42)
