# Builds a fresh set for every junction from its children's sets: O(n^2) on a long vine.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
colour = [0] + [int(x) for x in data[n : 2 * n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
sets = [None] * (n + 1)
answer = [0] * (n + 1)
for v in reversed(order):
    s = {colour[v]}
    for c in children[v]:
        s |= sets[c]
        sets[c] = None
    sets[v] = s
    answer[v] = len(s)
print(" ".join(map(str, answer[1:])))
