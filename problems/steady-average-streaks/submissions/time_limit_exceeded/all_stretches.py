# Tries every stretch: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
b = [int(x) - k for x in data[2 : 2 + n]]
count = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += b[r]
        if total == 0:
            count += 1
print(count)
