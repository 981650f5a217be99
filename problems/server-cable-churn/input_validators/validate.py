"""Server Cable Churn input; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 100000 and 1 <= q <= 100000, "n, q out of range"
assert len(lines) == q + 2, "line count"
present = set()
for line in lines[1 : q + 1]:
    assert re.fullmatch(r"[-+?] [1-9][0-9]* [1-9][0-9]*", line), f"event {line!r}"
    c, u, v = line.split()
    u, v = int(u), int(v)
    assert 1 <= u <= n and 1 <= v <= n, "server out of range"
    key = (min(u, v), max(u, v))
    if c == "+":
        assert u != v and key not in present, "bad plug"
        present.add(key)
    elif c == "-":
        assert u != v and key in present, "bad unplug"
        present.remove(key)
sys.exit(42)
