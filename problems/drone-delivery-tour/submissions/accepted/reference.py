import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
d = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
INF = 1 << 60
full = 1 << n
f = [INF] * (full * n)
f[n] = 0  # set {1}, standing at pad 1
for S in range(1, full, 2):
    base = S * n
    free = [w for w in range(n) if not S >> w & 1]
    for v in range(n):
        cur = f[base + v]
        if cur == INF:
            continue
        dv = d[v]
        for w in free:
            idx = (S | 1 << w) * n + w
            c = cur + dv[w]
            if c < f[idx]:
                f[idx] = c
last = (full - 1) * n
print(min(f[last + v] + d[v][0] for v in range(1, n)))
