import sys


def extgcd(a, b):
    x0, y0, x1, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


data = sys.stdin.buffer.read().split()
n = int(data[0])
a, M = 0, 1
ok = True
for i in range(n):
    r, m = int(data[2 * i + 1]), int(data[2 * i + 2])
    g, p, _ = extgcd(M % m, m)
    diff = (r - a) % m
    if diff % g:
        ok = False
        break
    mg = m // g
    t = (diff // g) * (p % mg) % mg
    newM = M // g * m
    a = (a + M * t) % newM
    M = newM
print(a if ok else -1)
