# A search from every hut, cut off beyond K metres: O(n^2) on a long line.
import sys

data = sys.stdin.buffer.read().split()
n, K = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i])
    w = int(data[n + i - 1])
    adj[i].append((p, w))
    adj[p].append((i, w))
best = -1
for s in range(1, n + 1):
    stack = [(s, 0, 0, 0)]
    while stack:
        v, parent, d, e = stack.pop()
        if d == K and (best < 0 or e < best):
            best = e
        for u, w in adj[v]:
            if u != parent and d + w <= K:
                stack.append((u, v, d + w, e + 1))
print(best)
