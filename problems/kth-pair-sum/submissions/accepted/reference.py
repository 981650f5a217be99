import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
a = sorted(map(int, data[3 : 3 + n]))
b = sorted(map(int, data[3 + n : 3 + n + m]))


def count_at_most(x):
    count, j = 0, m - 1
    for v in a:
        while j >= 0 and v + b[j] > x:
            j -= 1
        if j < 0:
            break
        count += j + 1
    return count


lo, hi = a[0] + b[0], a[-1] + b[-1]
while lo < hi:
    mid = (lo + hi) // 2
    if count_at_most(mid) >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
