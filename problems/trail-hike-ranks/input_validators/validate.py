"""Trail Hike Ranks input: n l r, then n lengths; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "n l r"
n, l, r = map(int, lines[0].split())
assert 1 <= n <= 100000, "n out of range"
assert 1 <= l <= r <= n * (n + 1) // 2, "l or r out of range"
values = lines[1].split(" ")
assert len(values) == n, "n lengths"
for value in values:
    assert re.fullmatch(r"[1-9][0-9]*", value), f"length {value!r}"
    assert int(value) <= 10**4, "a_i out of range"
sys.exit(42)
