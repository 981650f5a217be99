# Naive: Bellman-Ford over all (hall, key set) states, sweeping every corridor for every
# key set until nothing changes.
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
bit = [0] + [(1 << (int(x) - 1)) if x != b"0" else 0 for x in data[3 : 3 + n]]
edges = []
base = 3 + n
for i in range(m):
    u, v, w, t = (int(x) for x in data[base + 4 * i : base + 4 * i + 4])
    need = (1 << (t - 1)) if t else 0
    edges.append((u, v, w, need))
    edges.append((v, u, w, need))
S = 1 << k
INF = 1 << 62
dist = [INF] * ((n + 1) * S)
dist[S + bit[1]] = 0
changed = True
while changed:
    changed = False
    for mask in range(S):
        for u, v, w, need in edges:
            if need & mask != need:
                continue
            d = dist[u * S + mask]
            if d == INF:
                continue
            nxt = v * S + (mask | bit[v])
            if d + w < dist[nxt]:
                dist[nxt] = d + w
                changed = True
best = min(dist[n * S : (n + 1) * S])
print(best if best < INF else -1)
