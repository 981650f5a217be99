# Every segment with a running max and min: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
total = 0
for l in range(n):
    hi = lo = a[l]
    for r in range(l, n):
        x = a[r]
        if x > hi:
            hi = x
        if x < lo:
            lo = x
        total += hi - lo
print(total)
