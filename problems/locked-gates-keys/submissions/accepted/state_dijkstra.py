import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
bit = [0] + [(1 << (int(x) - 1)) if x != b"0" else 0 for x in data[3 : 3 + n]]
adj = [[] for _ in range(n + 1)]
base = 3 + n
for i in range(m):
    u, v, w, t = (int(x) for x in data[base + 4 * i : base + 4 * i + 4])
    need = (1 << (t - 1)) if t else 0
    adj[u].append((v, w, need))
    adj[v].append((u, w, need))
S = 1 << k
SHIFT = 17  # states < 1001 * 64 < 2^17, packed under the distance in one heap key
LOW = (1 << SHIFT) - 1
INF = 1 << 62
dist = [INF] * ((n + 1) * S)
start = S + bit[1]
dist[start] = 0
heap = [start]
answer = -1
while heap:
    top = heappop(heap)
    d, state = top >> SHIFT, top & LOW
    if d != dist[state]:
        continue
    v, mask = divmod(state, S)
    if v == n:
        answer = d
        break
    for u, w, need in adj[v]:
        if need & mask != need:
            continue
        nxt = u * S + (mask | bit[u])
        nd = d + w
        if nd < dist[nxt]:
            dist[nxt] = nd
            heappush(heap, (nd << SHIFT) | nxt)
print(answer)
