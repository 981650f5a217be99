# Plausible mistake: a useful cable is A when no other useful cable shares its cost,
# S otherwise (no bridge test).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2 : 2 + 3 * m : 3]]
b = [int(x) for x in data[3 : 3 + 3 * m : 3]]
c = [int(x) for x in data[4 : 4 + 3 * m : 3]]
order = sorted(range(m), key=c.__getitem__)
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


role = ["N"] * m
l = 0
while l < m:
    r = l
    while r < m and c[order[r]] == c[order[l]]:
        r += 1
    useful = [e for e in order[l:r] if find(a[e]) != find(b[e])]
    for e in useful:
        role[e] = "A" if len(useful) == 1 else "S"
    for e in useful:
        x, y = find(a[e]), find(b[e])
        if x != y:
            parent[x] = y
    l = r
print("".join(role))
