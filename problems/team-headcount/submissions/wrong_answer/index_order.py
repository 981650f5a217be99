# Plausible mistake: assumes every manager has a smaller number than their reports.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
size = [1] * (n + 1)
for i in range(n, 1, -1):
    size[p[i]] += size[i]
print(" ".join(str(s - 1) for s in size[1:]))
