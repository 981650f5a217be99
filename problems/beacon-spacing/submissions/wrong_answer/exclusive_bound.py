# Plausible mistake: keeps fits(lo) true and fits(hi) false, but starts hi at the largest
# possible answer instead of one past it, so that value is never tried.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
x = sorted(map(int, data[2 : 2 + n]))


def fits(d):
    placed, last = 1, x[0]
    for v in x:
        if v - last >= d:
            placed += 1
            last = v
    return placed >= k


lo, hi = 1, (x[-1] - x[0]) // (k - 1)
while hi - lo > 1:
    mid = (lo + hi) // 2
    if fits(mid):
        lo = mid
    else:
        hi = mid
print(lo)
