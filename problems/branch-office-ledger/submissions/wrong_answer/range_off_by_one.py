# Plausible mistake: the region is taken as tin..tin+size inclusive (one office too many).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
tin = [0] * (n + 1)
order = []
stack = [1]
while stack:
    v = stack.pop()
    order.append(v)
    tin[v] = len(order)
    stack.extend(children[v])
size = [1] * (n + 1)
for v in reversed(order[1:]):
    size[p[v]] += size[v]
bit = [0] * (n + 1)
out = []
pos = n + 1
for _ in range(q):
    if data[pos] == b"1":
        i = tin[int(data[pos + 1])]
        x = int(data[pos + 2])
        pos += 3
        while i <= n:
            bit[i] += x
            i += i & -i
    else:
        v = int(data[pos + 1])
        pos += 2
        hi = min(n, tin[v] + size[v])
        lo = tin[v] - 1
        s = 0
        while hi > 0:
            s += bit[hi]
            hi &= hi - 1
        while lo > 0:
            s -= bit[lo]
            lo &= lo - 1
        out.append(s)
print("\n".join(map(str, out)))
