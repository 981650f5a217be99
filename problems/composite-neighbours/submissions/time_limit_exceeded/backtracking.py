# Naive: depth-first search over partial rows, trying the smallest free number first.
import sys


def prime(v):
    if v < 2:
        return False
    d = 2
    while d * d <= v:
        if v % d == 0:
            return False
        d += 1
    return True


n = int(sys.stdin.readline())
used = [False] * (n + 1)
row = []
# Iterative DFS: stack of the next candidate to try at each depth.
nxt = [1]
found = False
while nxt:
    depth = len(nxt) - 1
    if depth == n:
        found = True
        break
    c = nxt[-1]
    while c <= n and (used[c] or (row and prime(row[-1] + c))):
        c += 1
    if c > n:
        nxt.pop()
        if row:
            used[row.pop()] = False
        continue
    nxt[-1] = c + 1
    used[c] = True
    row.append(c)
    nxt.append(1)
print(*row if found else [-1])
