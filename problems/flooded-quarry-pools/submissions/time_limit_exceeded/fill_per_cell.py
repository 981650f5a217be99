# Naive: a fresh flood fill from every water cell; a cell starts a new pool when it is the
# first cell of its own fill. O((rc)^2) on one big pool.
import sys

data = sys.stdin.buffer.read().split()
r, c = int(data[0]), int(data[1])
w = c + 2
water = bytearray(w * (r + 2))
for i in range(r):
    row = data[2 + i]
    for j in range(c):
        if row[j] == 35:
            water[(i + 1) * w + 1 + j] = 1
pools = best = 0
for start in range(len(water)):
    if not water[start]:
        continue
    seen = bytearray(len(water))
    seen[start] = 1
    stack = [start]
    smallest = start
    area = 0
    while stack:
        v = stack.pop()
        area += 1
        if v < smallest:
            smallest = v
        for u in (v - 1, v + 1, v - w, v + w):
            if water[u] and not seen[u]:
                seen[u] = 1
                stack.append(u)
    if smallest == start:
        pools += 1
        best = max(best, area)
print(pools, best)
