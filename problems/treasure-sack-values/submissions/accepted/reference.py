import sys

data = sys.stdin.buffer.read().split()
n, W = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
total = sum(v for _, v in items)
INF = float("inf")
m = [0] + [INF] * total
reach = 0
for w, v in items:
    reach += v
    for x in range(reach, v - 1, -1):
        if m[x - v] + w < m[x]:
            m[x] = m[x - v] + w
print(max(x for x in range(total + 1) if m[x] <= W))
