"""Treasure Sack Values input: n W, then n lines w v; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n W"
n, W = map(int, lines[0].split())
assert 1 <= n <= 100 and 1 <= W <= 10**9, "n, W out of range"
assert len(lines) == n + 1, "n items"
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "w v"
    w, v = map(int, line.split())
    assert w <= 10**9 and v <= 1000, "w, v out of range"
sys.exit(42)
