import sys
from heapq import heapify, heappop, heappush

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
out = [[] for _ in range(n + 1)]
need = [0] * (n + 1)
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    out[a].append(b)
    need[b] += 1
heap = [v for v in range(1, n + 1) if need[v] == 0]
heapify(heap)
order = []
while heap:
    v = heappop(heap)
    order.append(v)
    for u in out[v]:
        need[u] -= 1
        if need[u] == 0:
            heappush(heap, u)
print(" ".join(map(str, order)) if len(order) == n else -1)
