# Plausible mistake: lower bound, which computes the strictly increasing length.
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
e = []
for x in map(int, data[1 : n + 1]):
    k = bisect_left(e, x)
    if k == len(e):
        e.append(x)
    else:
        e[k] = x
print(len(e))
