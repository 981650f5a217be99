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
total = sum(F[FULL ^ x] for x in a)
print((total - a.count(0)) // 2)
