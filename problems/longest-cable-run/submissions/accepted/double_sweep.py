import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    w = int(data[n + i - 2])
    adj[i].append((p, w))
    adj[p].append((i, w))


def farthest(s):
    dist = [-1] * (n + 1)
    dist[s] = 0
    stack = [s]
    while stack:
        v = stack.pop()
        for u, w in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + w
                stack.append(u)
    best = max(range(1, n + 1), key=dist.__getitem__)
    return best, dist[best]


a, _ = farthest(1)
print(farthest(a)[1])
