import sys

data = sys.stdin.buffer.read().split()
r, c = int(data[0]), int(data[1])
w = c + 2
# A border of dry cells around the grid saves the bounds checks.
water = bytearray(w * (r + 2))
for i in range(r):
    row = data[2 + i]
    base = (i + 1) * w + 1
    for j in range(c):
        if row[j] == 35:  # '#'
            water[base + j] = 1
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
        for u in (v - 1, v + 1, v - w, v + w):
            if water[u]:
                water[u] = 0
                stack.append(u)
    best = max(best, area)
print(pools, best)
