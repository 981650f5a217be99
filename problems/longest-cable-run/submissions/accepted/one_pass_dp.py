import sys

# Following p from any station reaches station 1 (the cables form a tree): root there and
# combine the two longest downward runs at every station.
data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
w = [0, 0] + [int(x) for x in data[n : 2 * n - 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
down = [0] * (n + 1)
best = 0
for v in reversed(order[1:]):
    d = down[v] + w[v]
    q = p[v]
    if down[q] + d > best:
        best = down[q] + d
    if d > down[q]:
        down[q] = d
print(best)
