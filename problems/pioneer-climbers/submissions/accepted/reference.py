import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
a = [0] + [int(x) for x in data[n : 2 * n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
best = a[:]
pioneers = 1
order = [1]
for v in order:
    for c in children[v]:
        if a[c] > best[v]:
            pioneers += 1
        else:
            best[c] = best[v]
        order.append(c)
print(pioneers)
