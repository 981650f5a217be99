"""Flooded Quarry Pools input: r c, then r rows of c characters '#'/'.'; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "r c"
r, c = map(int, lines[0].split())
assert 1 <= r <= 800 and 1 <= c <= 800, "r, c out of range"
assert len(lines) == r + 1, "r rows"
for row in lines[1:]:
    assert re.fullmatch(r"[#.]{%d}" % c, row), "row of c characters"
sys.exit(42)
