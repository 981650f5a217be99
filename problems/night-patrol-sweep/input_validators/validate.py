"""Night Patrol Sweep input: n m, guards, checkpoints; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 4, "three lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 1 <= n <= 50000 and 1 <= m <= 50000, "n or m out of range"
for line, count in ((lines[1], n), (lines[2], m)):
    items = line.split(" ")
    assert len(items) == count, "wrong count"
    for item in items:
        assert re.fullmatch(r"0|[1-9][0-9]*", item), f"coordinate {item!r}"
        assert int(item) <= 10**9, "coordinate out of range"
sys.exit(42)
