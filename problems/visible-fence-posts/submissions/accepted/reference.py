import sys
from math import isqrt

MOD = 998244353
n = int(sys.stdin.buffer.read())
L = max(10, min(n, 15 * 10**5))
phi = list(range(L + 1))
for p in range(2, L + 1):
    if phi[p] == p:
        for j in range(p, L + 1, p):
            phi[j] -= phi[j] // p
small = [0] * (L + 1)
running = 0
for v in range(1, L + 1):
    running += phi[v]
    if running >= MOD:
        running -= MOD
    small[v] = running
K = n // (L + 1)
big = [0] * (K + 2)
for i in range(K, 0, -1):
    v = n // i
    r = isqrt(v)
    total = v * (v + 1) // 2
    # d = 2 .. r: v // d >= r, read one value each.
    for d in range(2, r + 1):
        q = v // d
        total -= small[q] if q <= L else big[i * d]
    # q = 1 .. v // (r + 1): all d with v // d == q, for d > r.
    top = v // (r + 1)
    prev = v
    for q in range(1, top + 1):
        nxt = v // (q + 1)
        total -= (prev - nxt) * small[q]
        prev = nxt
    big[i] = total % MOD
Phi = small[n] if n <= L else big[1]
print((2 * Phi + 1) % MOD)
