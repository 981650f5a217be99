# Rescans every lamp to find the farthest reach at each step: O(n * answer).
import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
lo = [int(data[2 + 2 * i]) - int(data[3 + 2 * i]) for i in range(n)]
hi = [int(data[2 + 2 * i]) + int(data[3 + 2 * i]) for i in range(n)]
reach, used = 0, 0
while reach < length:
    best = reach
    for i in range(n):
        if lo[i] <= reach and hi[i] > best:
            best = hi[i]
    if best == reach:
        print(-1)
        sys.exit()
    reach = best
    used += 1
print(used)
