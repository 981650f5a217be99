# Expands left and right from every column: O(n^2) when heights are equal.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
best = 0
for i in range(n):
    hi = h[i]
    l = i
    while l > 0 and h[l - 1] >= hi:
        l -= 1
    r = i
    while r + 1 < n and h[r + 1] >= hi:
        r += 1
    best = max(best, hi * (r - l + 1))
print(best)
