# Plausible mistake: ignores the edge back to the parent *server* instead of the parent
# *cable*, so a doubled cable looks like a bridge.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append((b, i))
    adj[b].append((a, i))
tin = [0] * (n + 1)
low = [0] * (n + 1)
size = [1] * (n + 1)
par = [0] * (n + 1)
up = [-1] * (n + 1)
pos = [0] * (n + 1)
answer = [0] * m
timer = 1
tin[1] = low[1] = 1
stack = [1]
while stack:
    v = stack[-1]
    if pos[v] < len(adj[v]):
        u, e = adj[v][pos[v]]
        pos[v] += 1
        if u == par[v]:
            continue
        if tin[u]:
            low[v] = min(low[v], tin[u])
        else:
            timer += 1
            tin[u] = low[u] = timer
            par[u] = v
            up[u] = e
            stack.append(u)
    else:
        stack.pop()
        if stack:
            p = stack[-1]
            low[p] = min(low[p], low[v])
            size[p] += size[v]
            if low[v] > tin[p]:
                answer[up[v]] = size[v] * (n - size[v])
print(" ".join(map(str, answer)))
