import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append(b)
    adj[b].append(a)
color = [-1] * (n + 1)
total = 0
for s in range(1, n + 1):
    if color[s] >= 0:
        continue
    color[s] = 0
    queue = [s]
    count = [0, 0]
    for v in queue:
        count[color[v]] += 1
        for u in adj[v]:
            if color[u] < 0:
                color[u] = 1 - color[v]
                queue.append(u)
            elif color[u] == color[v]:
                print(-1)
                sys.exit()
    total += min(count)
print(total)
