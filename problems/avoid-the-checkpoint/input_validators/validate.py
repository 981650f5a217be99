"""Avoid the Checkpoint input: n m q, m streets (connected), q lines a b c distinct."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "n m q"
n, m, q = map(int, lines[0].split())
assert 3 <= n <= 3 * 10**4 and n - 1 <= m <= 5 * 10**4 and 1 <= q <= 3 * 10**4, "ranges"
assert len(lines) == 1 + m + q, "m street lines and q question lines"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


parts = n
for line in lines[1 : 1 + m]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "u v"
    u, v = map(int, line.split())
    assert 1 <= u <= n and 1 <= v <= n and u != v, "street"
    x, y = find(u), find(v)
    if x != y:
        parent[x] = y
        parts -= 1
assert parts == 1, "connected"
for line in lines[1 + m :]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), "a b c"
    a, b, c = map(int, line.split())
    assert 1 <= min(a, b, c) and max(a, b, c) <= n, "intersection"
    assert a != b and b != c and a != c, "distinct"
sys.exit(42)
