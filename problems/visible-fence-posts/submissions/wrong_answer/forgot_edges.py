# Plausible mistake: counts only the coprime pairs inside the square, 2 * Phi(n) - 1,
# forgetting the two visible posts on the edges.
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
    running = (running + phi[v]) % MOD
    small[v] = running
K = n // (L + 1)
big = [0] * (K + 2)
for i in range(K, 0, -1):
    v = n // i
    total = v * (v + 1) // 2
    d = 2
    while d <= v:
        q = v // d
        e = v // q
        total -= (e - d + 1) * (small[q] if q <= L else big[i * d])
        d = e + 1
    big[i] = total % MOD
Phi = small[n] if n <= L else big[1]
print((2 * Phi - 1) % MOD)
