# Naive: sweep the rivalry list again and again, colouring a guest whenever a rival of
# theirs is coloured, until a sweep changes nothing. O(nm) on a chain listed backwards.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2 : 2 + 2 * m : 2]]
b = [int(x) for x in data[3 : 3 + 2 * m : 2]]
color = [-1] * (n + 1)
group = [0] * (n + 1)
total = 0
for s in range(1, n + 1):
    if color[s] >= 0:
        continue
    color[s] = 0
    group[s] = s
    changed = True
    while changed:
        changed = False
        for i in range(m):
            x, y = a[i], b[i]
            if color[x] >= 0 and color[y] < 0:
                color[y] = 1 - color[x]
                group[y] = s
                changed = True
            elif color[y] >= 0 and color[x] < 0:
                color[x] = 1 - color[y]
                group[x] = s
                changed = True
            elif color[x] >= 0 and color[x] == color[y]:
                print(-1)
                sys.exit()
    count = [0, 0]
    for v in range(1, n + 1):
        if group[v] == s:
            count[color[v]] += 1
    total += min(count)
print(total)
