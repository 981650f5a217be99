# Applies the exchange argument literally: swaps neighbours until no swap helps, O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
w = [int(data[1 + 2 * i]) for i in range(n)]
s = [int(data[2 + 2 * i]) for i in range(n)]
order = list(range(n))
changed = True
while changed:
    changed = False
    for i in range(n - 1):
        x, y = order[i], order[i + 1]
        if w[y] + s[y] < w[x] + s[x]:
            order[i], order[i + 1] = y, x
            changed = True
above, worst = 0, None
for i in order:
    strain = above - s[i]
    if worst is None or strain > worst:
        worst = strain
    above += w[i]
print(worst)
