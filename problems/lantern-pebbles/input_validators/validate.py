"""Lantern Pebbles input: t, then t heap sizes; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "t"
t = int(lines[0])
assert 1 <= t <= 10**4, "t out of range"
assert len(lines) == t + 1, "t lines"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]*", line), f"n {line!r}"
    assert 1 <= int(line) <= 10**18, "n out of range"
sys.exit(42)
