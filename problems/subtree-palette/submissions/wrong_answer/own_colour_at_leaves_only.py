# Plausible mistake: a junction's own colour is only added when it has no children.
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
    kids = children[v]
    if not kids:
        s = {colour[v]}
    else:
        big = kids[0]
        for c in kids:
            if len(sets[c]) > len(sets[big]):
                big = c
        s = sets[big]
        for c in kids:
            if c != big:
                s |= sets[c]
            sets[c] = None
    sets[v] = s
    answer[v] = len(s)
print(" ".join(map(str, answer[1:])))
