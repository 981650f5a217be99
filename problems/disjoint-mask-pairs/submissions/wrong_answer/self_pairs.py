# Plausible mistake: halves the ordered count but forgets the empty bookings paired with themselves.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
B = 20
FULL = (1 << B) - 1
F = [0] * (1 << B)
for x in a:
    F[x] += 1
for b in range(B):
    step = 1 << b
    for base in range(0, 1 << B, 2 * step):
        for m in range(base + step, base + 2 * step):
            F[m] += F[m - step]
print(sum(F[FULL ^ x] for x in a) // 2)
