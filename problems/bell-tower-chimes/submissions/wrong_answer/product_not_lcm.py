# Plausible mistake: uses the product of the periods instead of their lcm.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = [int(x) for x in data[2 : 2 + k]]
answer = 0
for mask in range(1, 1 << k):
    p = 1
    bits = 0
    for i in range(k):
        if mask >> i & 1:
            bits += 1
            p *= a[i]
            if p > n:
                break
    if p <= n:
        answer += (n // p) if bits % 2 else -(n // p)
print(answer)
