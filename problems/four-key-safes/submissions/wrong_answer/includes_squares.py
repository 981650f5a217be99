# Plausible mistake: counts p * q with p <= q, so the prime squares (three divisors) sneak in.
import sys
from math import isqrt

N = int(sys.stdin.buffer.read())
r = isqrt(N)
small = list(range(-1, r))
small[0] = 0
large = [0] * (r + 1)
for i in range(1, r + 1):
    large[i] = N // i - 1
for p in range(2, r + 1):
    sp = small[p - 1]
    if small[p] == sp:
        continue
    p2 = p * p
    lim = min(r, N // p2)
    split = min(lim, r // p)
    for i in range(1, split + 1):
        large[i] -= large[i * p] - sp
    for i in range(split + 1, lim + 1):
        large[i] -= small[N // (i * p)] - sp
    for v in range(r, p2 - 1, -1):
        small[v] -= small[v // p] - sp
count = 0
idx = 0
for p in range(2, r + 1):
    if small[p] == small[p - 1]:
        continue
    idx += 1
    if p * p * p <= N:
        count += 1
    q = N // p
    if q < p:
        break
    count += (small[q] if q <= r else large[N // q]) - idx + 1
print(count)
