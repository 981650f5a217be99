import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
term = [int(x) - 1 for x in data[3 : 3 + k]]
adj = [[] for _ in range(n)]
p = 3 + k
for _ in range(m):
    u, v, w = int(data[p]) - 1, int(data[p + 1]) - 1, int(data[p + 2])
    p += 3
    adj[u].append((v, w))
    adj[v].append((u, w))
INF = 1 << 60
full = 1 << k
f = [None] * full
for S in range(1, full):
    fs = [INF] * n
    if S & (S - 1) == 0:
        fs[term[S.bit_length() - 1]] = 0
    A = (S - 1) & S
    while A:
        B = S ^ A
        if A > B:
            fa, fb = f[A], f[B]
            for v in range(n):
                c = fa[v] + fb[v]
                if c < fs[v]:
                    fs[v] = c
        A = (A - 1) & S
    heap = [(d, v) for v, d in enumerate(fs) if d < INF]
    heap.sort()
    while heap:
        d, v = heappop(heap)
        if d > fs[v]:
            continue
        for u, w in adj[v]:
            nd = d + w
            if nd < fs[u]:
                fs[u] = nd
                heappush(heap, (nd, u))
    f[S] = fs
print(f[full - 1][term[0]])
