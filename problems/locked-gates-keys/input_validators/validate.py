"""Night Guard's Keyring input: n m k, n key colours, m lines u v w t; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "n m k"
n, m, k = map(int, lines[0].split())
assert 2 <= n <= 1000 and 1 <= m <= 3000 and 1 <= k <= 6, "n, m, k out of range"
assert len(lines) == m + 2, "key line and m corridor lines"
keys = lines[1].split(" ")
assert len(keys) == n, "n key colours"
for x in keys:
    assert re.fullmatch(r"0|[1-9][0-9]*", x) and int(x) <= k, "key colour"
for line in lines[2:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]* (0|[1-9][0-9]*)", line), "u v w t"
    u, v, w, t = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "corridor ends"
    assert 1 <= w <= 10**6 and 0 <= t <= k, "w or t out of range"
sys.exit(42)
