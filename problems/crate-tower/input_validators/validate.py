"""Crate Tower input: n, then n lines w s; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 1 <= n <= 50000, "n out of range"
assert len(lines) == n + 2, "line count"
for line in lines[1 : n + 1]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), f"crate {line!r}"
    w, s = map(int, line.split())
    assert w <= 10**9 and s <= 10**9, "crate out of range"
sys.exit(42)
