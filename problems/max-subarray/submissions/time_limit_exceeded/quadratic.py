# Every start, every end: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
best = a[0]
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        if total > best:
            best = total
print(best)
