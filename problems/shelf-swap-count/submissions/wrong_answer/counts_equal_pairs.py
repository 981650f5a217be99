# Plausible mistake: counts books "not shorter" instead of strictly taller (equal pairs too).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
rank = {v: i + 1 for i, v in enumerate(sorted(set(h)))}
m = len(rank)
tree = [0] * (m + 1)
answer = 0
for j in range(n):
    r = rank[h[j]]
    i = r - 1
    shorter = 0
    while i > 0:
        shorter += tree[i]
        i -= i & -i
    answer += j - shorter
    i = r
    while i <= m:
        tree[i] += 1
        i += i & -i
print(answer)
