import sys

N = 10**6
phi = list(range(N + 1))
for p in range(2, N + 1):
    if phi[p] == p:
        for j in range(p, N + 1, p):
            phi[j] -= phi[j] // p
total = [0] * (N + 1)
running = 0
for b in range(2, N + 1):
    running += phi[b]
    total[b] = running

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(total[int(x)]) for x in data[1 : q + 1]))
