# Plausible mistake: the unweighted greedy (take every leaf, drop its supervisor, repeat).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
blocked = [False] * (n + 1)
total = 0
for v in reversed(order):
    if not blocked[v]:
        total += a[v]
        blocked[p[v]] = True
print(total)
