import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
coin = [0] + [int(x) for x in data[2 : 2 + n]]
adj = [[] for _ in range(n + 1)]
base = 2 + n
for i in range(m):
    adj[int(data[base + 2 * i])].append(int(data[base + 2 * i + 1]))
tin = [0] * (n + 1)
low = [0] * (n + 1)
comp = [-1] * (n + 1)
pos = [0] * (n + 1)
best = []
stack = [1]
call = [1]
tin[1] = low[1] = timer = 1
while call:
    v = call[-1]
    edges = adj[v]
    if pos[v] < len(edges):
        u = edges[pos[v]]
        pos[v] += 1
        if not tin[u]:
            timer += 1
            tin[u] = low[u] = timer
            stack.append(u)
            call.append(u)
        elif comp[u] < 0 and tin[u] < low[v]:
            low[v] = tin[u]
        continue
    call.pop()
    if call and low[v] < low[call[-1]]:
        low[call[-1]] = low[v]
    if low[v] != tin[v]:
        continue
    cid = len(best)
    members = []
    while True:
        x = stack.pop()
        comp[x] = cid
        members.append(x)
        if x == v:
            break
    value = 0
    nxt = 0
    for x in members:
        value += coin[x]
        for u in adj[x]:
            c = comp[u]
            if c != cid and best[c] > nxt:
                nxt = best[c]
    best.append(value + nxt)
print(best[comp[1]])
