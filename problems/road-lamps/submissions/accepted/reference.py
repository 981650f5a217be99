import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
seg = sorted((int(data[2 + 2 * i]) - int(data[3 + 2 * i]), int(data[2 + 2 * i]) + int(data[3 + 2 * i])) for i in range(n))
reach, used, i = 0, 0, 0
while reach < length:
    best = reach
    while i < n and seg[i][0] <= reach:
        if seg[i][1] > best:
            best = seg[i][1]
        i += 1
    if best == reach:
        print(-1)
        sys.exit()
    reach = best
    used += 1
print(used)
