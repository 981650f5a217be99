# Plausible mistake: the first guest of each group always goes to the head table.
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
    if color[s] >= 0 or not adj[s]:
        continue
    color[s] = 0
    queue = [s]
    for v in queue:
        if color[v] == 0:
            total += 1
        for u in adj[v]:
            if color[u] < 0:
                color[u] = 1 - color[v]
                queue.append(u)
            elif color[u] == color[v]:
                print(-1)
                sys.exit()
print(total)
