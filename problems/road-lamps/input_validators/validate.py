"""Road Lamps input: n L, then n lines p r; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n L"
n, length = map(int, lines[0].split())
assert 1 <= n <= 100000, "n out of range"
assert 1 <= length <= 10**9, "L out of range"
assert len(lines) == n + 2, "line count"
for line in lines[1 : n + 1]:
    assert re.fullmatch(r"(0|[1-9][0-9]*) [1-9][0-9]*", line), f"lamp {line!r}"
    p, r = map(int, line.split())
    assert p <= 10**9 and 1 <= r <= 10**9, "lamp out of range"
sys.exit(42)
