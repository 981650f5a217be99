# Plausible mistake: answers NO whenever c is an articulation point, wherever a and b are.
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
    adj[u].append((v, i))
    adj[v].append((u, i))
tin = [0] * (n + 1)
low = [0] * (n + 1)
upe = [-1] * (n + 1)
pos = [0] * (n + 1)
cut = [False] * (n + 1)
root_children = 0
tin[1] = low[1] = timer = 1
call = [1]
while call:
    v = call[-1]
    if pos[v] < len(adj[v]):
        u, e = adj[v][pos[v]]
        pos[v] += 1
        if e == upe[v]:
            continue
        if tin[u]:
            low[v] = min(low[v], tin[u])
        else:
            timer += 1
            tin[u] = low[u] = timer
            upe[u] = e
            call.append(u)
        continue
    call.pop()
    if call:
        p = call[-1]
        low[p] = min(low[p], low[v])
        if p == 1:
            root_children += 1
        elif low[v] >= tin[p]:
            cut[p] = True
cut[1] = root_children > 1
base = 3 + 2 * m
out = []
for i in range(q):
    c = int(data[base + 3 * i + 2])
    out.append("NO" if cut[c] else "YES")
print("\n".join(out))
