# Plausible mistake: forgets the room limit c.
import sys

data = sys.stdin.buffer.read().split()
n, m, c = int(data[0]), int(data[1]), int(data[2])
w = list(map(int, data[3 : 3 + n]))


def fits(cap):
    lorries = 0
    load = 0
    started = False
    for x in w:
        if not started or load + x > cap:
            lorries += 1
            load = 0
            started = True
        load += x
    return lorries <= m


lo, hi = max(w), sum(w)
while lo < hi:
    mid = (lo + hi) // 2
    if fits(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
