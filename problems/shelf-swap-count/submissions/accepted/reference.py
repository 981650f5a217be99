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
    i = r
    not_taller = 0
    while i > 0:
        not_taller += tree[i]
        i -= i & -i
    answer += j - not_taller
    i = r
    while i <= m:
        tree[i] += 1
        i += i & -i
print(answer)
