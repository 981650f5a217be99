import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
c = data[2 : n + 2]
by_right = [[] for _ in range(n + 1)]
pos = n + 2
for i in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    by_right[r].append((l, i))
tree = [0] * (n + 1)
last = {}
answer = [0] * q
for r in range(1, n + 1):
    kind = c[r - 1]
    prev = last.get(kind, 0)
    if prev:
        i = prev
        while i <= n:
            tree[i] -= 1
            i += i & -i
    last[kind] = r
    i = r
    while i <= n:
        tree[i] += 1
        i += i & -i
    if by_right[r]:
        total = 0
        i = r
        while i > 0:
            total += tree[i]
            i -= i & -i
        for l, idx in by_right[r]:
            s = 0
            i = l - 1
            while i > 0:
                s += tree[i]
                i -= i & -i
            answer[idx] = total - s
sys.stdout.write("\n".join(map(str, answer)) + "\n")
