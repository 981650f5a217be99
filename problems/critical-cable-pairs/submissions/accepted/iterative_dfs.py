import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append(b * (m + 1) + i)  # neighbour and cable index packed in one int
    adj[b].append(a * (m + 1) + i)
M = m + 1
tin = [0] * (n + 1)
low = [0] * (n + 1)
size = [1] * (n + 1)
up = [-1] * (n + 1)
pos = [0] * (n + 1)
answer = [0] * m
timer = 1
tin[1] = low[1] = 1
stack = [1]
while stack:
    v = stack[-1]
    edges = adj[v]
    if pos[v] < len(edges):
        code = edges[pos[v]]
        pos[v] += 1
        u, e = divmod(code, M)
        if e == up[v]:
            continue
        if tin[u]:
            if tin[u] < low[v]:
                low[v] = tin[u]
        else:
            timer += 1
            tin[u] = low[u] = timer
            up[u] = e
            stack.append(u)
    else:
        stack.pop()
        if stack:
            p = stack[-1]
            if low[v] < low[p]:
                low[p] = low[v]
            size[p] += size[v]
            if low[v] > tin[p]:
                answer[up[v]] = size[v] * (n - size[v])
print(" ".join(map(str, answer)))
