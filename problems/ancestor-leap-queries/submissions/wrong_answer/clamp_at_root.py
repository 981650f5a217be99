# Plausible mistake: jumping past the common ancestor stops at person 1 instead of giving -1.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 1] + [int(x) for x in data[2 : n + 1]]
up = [p]
while (1 << len(up)) <= n:
    prev = up[-1]
    up.append([prev[prev[v]] for v in range(n + 1)])
out = []
pos = n + 1
for _ in range(q):
    v = int(data[pos])
    k = int(data[pos + 1])
    pos += 2
    j = 0
    while k:
        if k & 1:
            v = up[j][v]
        k >>= 1
        j += 1
    out.append(v)
print("\n".join(map(str, out)))
