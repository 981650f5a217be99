# Tries every guest list: O(2^n * n).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
best = 0
for mask in range(1 << n):
    ok = True
    total = 0
    for v in range(1, n + 1):
        if mask >> (v - 1) & 1:
            if v > 1 and mask >> (p[v] - 1) & 1:
                ok = False
                break
            total += a[v]
    if ok and total > best:
        best = total
print(best)
