"""Cheapest Network Cable Roles input: n m, m lines a b c, connected; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 2 <= n <= 5 * 10**4 and n - 1 <= m <= 5 * 10**4, "n, m out of range"
assert len(lines) == m + 1, "m lines"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


parts = n
for line in lines[1:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), "a b c"
    a, b, c = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n and a != b, "cable ends"
    assert 1 <= c <= 10**6, "c out of range"
    x, y = find(a), find(b)
    if x != y:
        parent[x] = y
        parts -= 1
assert parts == 1, "connected"
sys.exit(42)
