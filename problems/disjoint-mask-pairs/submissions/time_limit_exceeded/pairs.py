# Checks every pair: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
count = 0
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        if x & a[j] == 0:
            count += 1
print(count)
