"""Campus Fiber input: n m k, k distinct terminals, m edges, connected; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
NUM = re.compile(r"[1-9][0-9]*")
head = lines[0].split(" ")
assert len(head) == 3 and NUM.fullmatch(head[0]) and NUM.fullmatch(head[2]), "n m k"
assert re.fullmatch(r"0|[1-9][0-9]*", head[1]), "m"
n, m, k = map(int, head)
assert 1 <= n <= 100 and n - 1 <= m <= 1000 and 1 <= k <= min(n, 10), "n, m, k out of range"
assert len(lines) == m + 2, "m tunnel lines"
terms = lines[1].split(" ")
assert len(terms) == k and all(NUM.fullmatch(x) for x in terms), "terminals"
terms = list(map(int, terms))
assert all(1 <= t <= n for t in terms) and len(set(terms)) == k, "terminals distinct, in range"
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for line in lines[2:]:
    parts = line.split(" ")
    assert len(parts) == 3 and all(NUM.fullmatch(x) for x in parts), "u v w"
    u, v, w = map(int, parts)
    assert 1 <= u <= n and 1 <= v <= n and u != v, "u, v"
    assert w <= 10**6, "w out of range"
    parent[find(u)] = find(v)
assert len({find(v) for v in range(1, n + 1)}) == 1, "connected"
sys.exit(42)
