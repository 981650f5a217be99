# Plausible mistake: treats the fully reversed shelf (k = n(n-1)/2) as impossible.
n, k = map(int, input().split())
if k >= n * (n - 1) // 2 and k > 0:
    print(-1)
else:
    p = []
    lo, hi = 1, n
    for i in range(n):
        r = n - 1 - i
        if k >= r:
            p.append(hi)
            hi -= 1
            k -= r
        else:
            pick = lo + k
            p.append(pick)
            p += [v for v in range(lo, hi + 1) if v != pick]
            break
    print(*p)
