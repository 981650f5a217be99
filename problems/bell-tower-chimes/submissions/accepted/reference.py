import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = [int(x) for x in data[2 : 2 + k]]
cap = n + 1
lcm = [1] * (1 << k)
sign = [-1] * (1 << k)
answer = 0
for mask in range(1, 1 << k):
    low = (mask & -mask).bit_length() - 1
    rest = mask & (mask - 1)
    prev = lcm[rest]
    sign[mask] = -sign[rest]
    if prev > n:
        lcm[mask] = cap
        continue
    part = prev // gcd(prev, a[low])
    cur = cap if part > n // a[low] else part * a[low]
    lcm[mask] = cur
    answer += sign[mask] * (n // cur)
print(answer)
