"""Courier Route Count checker: checker.py input answer feedback_dir < output; 42 accept, 43 reject."""
import os
import sys
from collections import deque


def verdict(ok, message):
    try:
        with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as handle:
            handle.write(message + "\n")
    except OSError:
        pass
    sys.exit(42 if ok else 43)


k = int(open(sys.argv[1]).read().split()[0])
raw = sys.stdin.buffer.read(10**6 + 1)
if len(raw) > 10**6:
    verdict(False, "output too long")
try:
    tokens = raw.decode("ascii").split()
except UnicodeDecodeError:
    verdict(False, "output is not ASCII")


def number(token):
    if not token.isdigit() or len(token) > 6:
        verdict(False, f"not a small non-negative integer: {token[:20]!r}")
    return int(token)


if len(tokens) < 2:
    verdict(False, "missing n and m")
n, m = number(tokens[0]), number(tokens[1])
if not 2 <= n <= 100:
    verdict(False, f"n = {n} is not between 2 and 100")
if m > n * (n - 1) // 2:
    verdict(False, "more streets than pairs of crossings")
if len(tokens) != 2 + 2 * m:
    verdict(False, f"expected {m} streets ({2 + 2 * m} numbers), got {len(tokens)} numbers")
adj = [[] for _ in range(n + 1)]
seen = set()
for i in range(m):
    u, v = number(tokens[2 + 2 * i]), number(tokens[3 + 2 * i])
    if not (1 <= u <= n and 1 <= v <= n):
        verdict(False, f"street {i + 1}: crossing out of range")
    if u == v:
        verdict(False, f"street {i + 1}: joins crossing {u} to itself")
    key = (min(u, v), max(u, v))
    if key in seen:
        verdict(False, f"street {i + 1}: a second street between {u} and {v}")
    seen.add(key)
    adj[u].append(v)
    adj[v].append(u)
dist = [-1] * (n + 1)
ways = [0] * (n + 1)
dist[1], ways[1] = 0, 1
queue = deque([1])
while queue:
    u = queue.popleft()
    for v in adj[u]:
        if dist[v] == -1:
            dist[v] = dist[u] + 1
            queue.append(v)
        if dist[v] == dist[u] + 1:
            ways[v] += ways[u]
if ways[2] != k:
    verdict(False, f"{ways[2]} shortest routes from 1 to 2, expected {k}")
verdict(True, "ok")
