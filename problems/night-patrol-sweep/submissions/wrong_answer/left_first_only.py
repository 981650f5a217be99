# Plausible mistake: a guard with work on the left always goes left first.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
p = sorted(map(int, data[2 : 2 + n]))
x = sorted(map(int, data[2 + n : 2 + n + m]))


def can(T):
    j = 0
    for g in p:
        if j == m:
            break
        if x[j] < g:
            d = g - x[j]
            if d > T:
                return False
            reach = g + max(T - 2 * d, 0)
        else:
            reach = g + T
        while j < m and x[j] <= reach:
            j += 1
    return j == m


lo, hi = 0, 3 * 10**9
while lo < hi:
    mid = (lo + hi) // 2
    if can(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
