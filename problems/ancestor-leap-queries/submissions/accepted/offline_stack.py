import sys

# Offline: one preorder walk; when v is visited, path[d] holds v's ancestor at depth d.
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
asked = [None] * (n + 1)
ks = [0] * q
pos = n + 1
for j in range(q):
    v = int(data[pos])
    ks[j] = int(data[pos + 1])
    pos += 2
    if asked[v] is None:
        asked[v] = [j]
    else:
        asked[v].append(j)
answer = [-1] * q
depth = [0] * (n + 1)
path = [0] * n
stack = [1]
while stack:
    v = stack.pop()
    d = depth[v]
    path[d] = v
    if asked[v] is not None:
        for j in asked[v]:
            k = ks[j]
            if k <= d:
                answer[j] = path[d - k]
    for c in children[v]:
        depth[c] = d + 1
        stack.append(c)
print("\n".join(map(str, answer)))
