"""Closest Beacons input: n, then n distinct points; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"-?(0|[1-9][0-9]*)")
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 2 <= n <= 10**5, "n out of range"
assert len(lines) == n + 1, "n point lines"
seen = set()
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 2, "two numbers a line"
    for v in parts:
        assert INT.fullmatch(v) and v != "-0", f"integer {v!r}"
        assert -10**9 <= int(v) <= 10**9, "coordinate out of range"
    seen.add(line)
assert len(seen) == n, "points must be different"
sys.exit(42)
