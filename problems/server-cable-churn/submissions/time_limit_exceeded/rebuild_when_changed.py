# Rebuilds the components from the current cables whenever they changed since the last
# question: O(q (n + m)) when cables flip between questions.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
present = set()
parent = list(range(n + 1))
dirty = False
out = []
pos = 2


def find(x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root


for _ in range(q):
    c, u, v = data[pos], int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    if c == b"?":
        if dirty:
            for i in range(n + 1):
                parent[i] = i
            for a, b in present:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
            dirty = False
        out.append("YES" if find(u) == find(v) else "NO")
    else:
        key = (min(u, v), max(u, v))
        if c == b"+":
            present.add(key)
        else:
            present.discard(key)
        dirty = True
sys.stdout.write("\n".join(out) + "\n")
