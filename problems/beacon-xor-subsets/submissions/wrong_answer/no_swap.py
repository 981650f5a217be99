# Plausible mistake: a plain prefix basis (first vector per leading bit kept), filtered by
# position at query time.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [0] + [int(v) for v in data[2 : 2 + n]]
B = 20
MOD = 10**9 + 7
qs = []
p = 2 + n
for j in range(q):
    qs.append((int(data[p + 1]), int(data[p]), int(data[p + 2]), j))
    p += 3
qs.sort()
basis = [0] * B
where = [0] * B
ans = [0] * q
r = 0
for R, l, x, j in qs:
    while r < R:
        r += 1
        v = a[r]
        for b in range(B - 1, -1, -1):
            if not v >> b & 1:
                continue
            if not basis[b]:
                basis[b], where[b] = v, r
                break
            v ^= basis[b]
    rank = 0
    for b in range(B - 1, -1, -1):
        if basis[b] and where[b] >= l:
            rank += 1
            if x >> b & 1:
                x ^= basis[b]
    ans[j] = 0 if x else pow(2, R - l + 1 - rank, MOD)
sys.stdout.write("\n".join(map(str, ans)) + "\n")
