# Plausible mistake: a memoised DFS on the rooms, treating a room still being explored as
# worth 0 (as if the graph had no cycles, apart from not looping forever).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
coin = [0] + [int(x) for x in data[2 : 2 + n]]
adj = [[] for _ in range(n + 1)]
base = 2 + n
for i in range(m):
    adj[int(data[base + 2 * i])].append(int(data[base + 2 * i + 1]))
state = [0] * (n + 1)  # 0 new, 1 open, 2 done
best = [0] * (n + 1)
pos = [0] * (n + 1)
call = [1]
state[1] = 1
while call:
    v = call[-1]
    if pos[v] < len(adj[v]):
        u = adj[v][pos[v]]
        pos[v] += 1
        if state[u] == 0:
            state[u] = 1
            call.append(u)
        continue
    call.pop()
    state[v] = 2
    best[v] = coin[v] + max([best[u] if state[u] == 2 and u != v else 0 for u in adj[v]] + [0])
print(best[1])
