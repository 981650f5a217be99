# Plausible mistake: compares each climber with the direct mentor only.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
print(1 + sum(1 for i in range(2, n + 1) if a[i] > a[p[i]]))
