import sys

N = 10**6
phi = list(range(N + 1))
for p in range(2, N + 1):
    if phi[p] == p:
        for j in range(p, N + 1, p):
            phi[j] -= phi[j] // p
prefix = [0] * (N + 1)
running = 0
for d in range(1, N + 1):
    running += phi[d]
    prefix[d] = running

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for q in range(t):
    n, m = int(data[2 * q + 1]), int(data[2 * q + 2])
    if n > m:
        n, m = m, n
    total = 0
    d = 1
    while d <= n:
        a = n // d
        b = m // d
        e = min(n // a, m // b)
        total += (prefix[e] - prefix[d - 1]) * a * b
        d = e + 1
    out.append(total)
print("\n".join(map(str, out)))
