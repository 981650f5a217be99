"""Mirror Repairs input: t, then t lines of lowercase letters; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines.pop()
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "t"
t = int(lines[0])
assert 1 <= t <= 10**4, "t out of range"
assert len(lines) == t + 1, "t names"
total = 0
for name in lines[1:]:
    assert re.fullmatch(r"[a-z]+", name), "name of lowercase letters"
    total += len(name)
assert total <= 200000, "total length"
sys.exit(42)
