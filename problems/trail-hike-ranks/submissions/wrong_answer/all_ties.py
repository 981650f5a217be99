# Plausible mistake: adds every hike of the k-th length, even the ones past rank k.
import sys

data = sys.stdin.buffer.read().split()
n, l, r = int(data[0]), int(data[1]), int(data[2])
P = [0] * (n + 1)
S = [0] * (n + 2)
for j in range(1, n + 1):
    P[j] = P[j - 1] + int(data[2 + j])
for j in range(n + 1):
    S[j + 1] = S[j] + P[j]


def at_most(y):
    count = total = 0
    i = 0
    for j in range(1, n + 1):
        while P[j] - P[i] > y:
            i += 1
        c = j - i
        count += c
        total += c * P[j] - (S[j] - S[i])
    return count, total


def smallest(k):
    if k == 0:
        return 0
    lo, hi = 1, P[n]
    while lo < hi:
        mid = (lo + hi) // 2
        if at_most(mid)[0] >= k:
            hi = mid
        else:
            lo = mid + 1
    return at_most(lo)[1]


print(smallest(r) - smallest(l - 1))
