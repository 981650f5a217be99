# Walks up through all masters of every climber: O(n * depth).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
count = 1
for v in range(2, n + 1):
    u = p[v]
    while u and a[u] < a[v]:
        u = p[u]
    if u == 0:
        count += 1
print(count)
