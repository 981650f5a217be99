# Plausible mistake: a linear mixing g(x) = B * x, so the hash only sees level sizes.
import sys

M = (1 << 61) - 1
B = 1000003

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
down = [1] * (n + 1)
for v in reversed(order[1:]):
    down[p[v]] = (down[p[v]] + B * down[v]) % M
full = down[:]
for v in order[1:]:
    above = (full[p[v]] - B * down[v]) % M
    full[v] = (down[v] + B * above) % M
print(len(set(full[1:])))
