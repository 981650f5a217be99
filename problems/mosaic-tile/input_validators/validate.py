"""Mosaic Tile input: t, then t lines of lowercase letters, total <= 10^6; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines.pop()
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "t"
t = int(lines[0])
assert 1 <= t <= 10**4, "t out of range"
assert len(lines) == t + 1, "t strips"
total = 0
for strip in lines[1:]:
    assert re.fullmatch(r"[a-z]+", strip), "strip"
    total += len(strip)
assert total <= 10**6, "total length"
sys.exit(42)
