# Binary search on the value, but counts by checking every pair: O(n m log V).
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3 : 3 + n]))
b = list(map(int, data[3 + n : 3 + n + m]))
lo, hi = -2 * 10**9, 2 * 10**9
while lo < hi:
    mid = (lo + hi) // 2
    count = 0
    for x in a:
        for y in b:
            if x + y <= mid:
                count += 1
    if count >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
