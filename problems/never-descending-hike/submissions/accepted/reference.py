import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n = int(data[0])
e = []
for x in map(int, data[1 : n + 1]):
    k = bisect_right(e, x)
    if k == len(e):
        e.append(x)
    else:
        e[k] = x
print(len(e))
