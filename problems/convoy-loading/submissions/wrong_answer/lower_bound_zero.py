# Plausible mistake: searches from 0 and the check lets a single crate exceed the load.
import sys

data = sys.stdin.buffer.read().split()
n, m, c = int(data[0]), int(data[1]), int(data[2])
w = list(map(int, data[3 : 3 + n]))


def fits(cap):
    lorries = 1
    load = taken = 0
    for x in w:
        if taken == c or load + x > cap:
            lorries += 1
            load = taken = 0
        load += x
        taken += 1
    return lorries <= m


lo, hi = 0, sum(w)
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
