# Plausible mistake: records the count after putting the bridge back, not before
# (so every answer is the state one collapse too early).
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
a = [0] + [int(x) for x in data[3 : 3 + 2 * m : 2]]
b = [0] + [int(x) for x in data[4 : 4 + 2 * m : 2]]
c = [int(x) for x in data[3 + 2 * m : 3 + 2 * m + q]]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


groups = n
gone = set(c)
order = [i for i in range(1, m + 1) if i not in gone]
for i in order:
    x, y = find(a[i]), find(b[i])
    if x != y:
        parent[x] = y
        groups -= 1
answer = [0] * q
for j in range(q - 1, -1, -1):
    x, y = find(a[c[j]]), find(b[c[j]])
    if x != y:
        parent[x] = y
        groups -= 1
    answer[j] = groups
print(" ".join(map(str, answer)))
