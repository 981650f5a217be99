import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
size = [1] * (n + 1)
for v in reversed(order[1:]):
    size[p[v]] += size[v]
print(" ".join(str(s - 1) for s in size[1:]))
