"""Repair Shop Deadlines input: n, then n lines t d; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 1 <= n <= 100000, "n out of range"
assert len(lines) == n + 2, "line count"
for line in lines[1 : n + 1]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), f"order {line!r}"
    t, d = map(int, line.split())
    assert t <= 10**9 and d <= 10**14, "order out of range"
sys.exit(42)
