import sys

data = sys.stdin.buffer.read().split()
n, l, r = int(data[0]), int(data[1]), int(data[2])
P = [0] * (n + 1)
S = [0] * (n + 2)  # S[j + 1] = P[0] + ... + P[j]
for j in range(1, n + 1):
    P[j] = P[j - 1] + int(data[2 + j])
for j in range(n + 1):
    S[j + 1] = S[j] + P[j]


def at_most(y, want_sum):
    count = total = 0
    i = 0
    for j in range(1, n + 1):
        pj = P[j]
        while pj - P[i] > y:
            i += 1
        c = j - i
        count += c
        if want_sum:
            total += c * pj - (S[j] - S[i])
    return count, total


def smallest(k):
    if k == 0:
        return 0
    lo, hi = 1, P[n]
    while lo < hi:
        mid = (lo + hi) // 2
        if at_most(mid, False)[0] >= k:
            hi = mid
        else:
            lo = mid + 1
    c, s = at_most(lo - 1, True)
    return s + (k - c) * lo


print(smallest(r) - smallest(l - 1))
