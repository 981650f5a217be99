# Plausible mistake: invites every other level (all even depths or all odd depths).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
depth = [0] * (n + 1)
order = [1]
for v in order:
    for c in children[v]:
        depth[c] = depth[v] + 1
        order.append(c)
sums = [0, 0]
for v in range(1, n + 1):
    sums[depth[v] & 1] += a[v]
print(max(sums))
