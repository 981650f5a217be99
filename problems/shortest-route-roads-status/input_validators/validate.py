"""Roads of the Royal Courier input: n m, m lines a b w, n reachable from 1; exit 42."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 2 <= n <= 5 * 10**4 and 1 <= m <= 5 * 10**4, "n, m out of range"
assert len(lines) == m + 1, "m lines"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), "a b w"
    a, b, w = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "road ends"
    assert 1 <= w <= 10**9, "w out of range"
    parent[find(a)] = find(b)
assert find(1) == find(n), "town n reachable"
sys.exit(42)
