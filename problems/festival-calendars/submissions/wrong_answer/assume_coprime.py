# Plausible mistake: textbook CRT for coprime moduli (inverse of M mod m assumed to exist).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a, M = 0, 1
for i in range(n):
    r, m = int(data[2 * i + 1]), int(data[2 * i + 2])
    try:
        inv = pow(M % m, -1, m)
    except ValueError:
        inv = 0
    t = (r - a) * inv % m
    a = a + M * t
    M = M * m
    a %= M
print(a)
