import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
take = [0] + [int(x) for x in data[n : 2 * n]]
skip = [0] * (n + 1)
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
for v in reversed(order[1:]):
    take[p[v]] += skip[v]
    skip[p[v]] += max(take[v], skip[v])
print(max(take[1], skip[1]))
