import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
nbr = [[] for _ in range(n + 1)]
length = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    p = int(data[i - 1])
    w = int(data[n + i - 2])
    nbr[i].append(p)
    length[i].append(w)
    nbr[p].append(i)
    length[p].append(w)


def farthest(s):
    dist = [-1] * (n + 1)
    dist[s] = 0
    stack = [s]
    best, far = 0, s
    while stack:
        v = stack.pop()
        dv = dist[v]
        if dv > best:
            best, far = dv, v
        ws = length[v]
        for k, u in enumerate(nbr[v]):
            if dist[u] < 0:
                dist[u] = dv + ws[k]
                stack.append(u)
    return far, best


a, _ = farthest(1)
print(farthest(a)[1])
