# Plausible mistake: cells touching at a corner are joined too (eight neighbours).
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
    pools += 1
    water[start] = 0
    stack = [start]
    area = 0
    while stack:
        v = stack.pop()
        area += 1
        for u in (v - 1, v + 1, v - w, v + w, v - w - 1, v - w + 1, v + w - 1, v + w + 1):
            if water[u]:
                water[u] = 0
                stack.append(u)
    best = max(best, area)
print(pools, best)
