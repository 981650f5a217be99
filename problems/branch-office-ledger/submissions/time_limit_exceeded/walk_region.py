# Walks the whole region at every audit: O(n) per audit.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
coins = [0] * (n + 1)
out = []
pos = n + 1
for _ in range(q):
    if data[pos] == b"1":
        coins[int(data[pos + 1])] += int(data[pos + 2])
        pos += 3
    else:
        stack = [int(data[pos + 1])]
        pos += 2
        s = 0
        while stack:
            v = stack.pop()
            s += coins[v]
            stack.extend(children[v])
        out.append(s)
print("\n".join(map(str, out)))
