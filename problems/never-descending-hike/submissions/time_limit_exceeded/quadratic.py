# The O(n^2) DP: best album ending at i over every earlier j.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
f = [1] * n
for i in range(n):
    ai = a[i]
    best = 1
    for j in range(i):
        if a[j] <= ai and f[j] + 1 > best:
            best = f[j] + 1
    f[i] = best
print(max(f))
