import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    qu, qv = [], []
    start = {}
    intervals = []  # (first question, end question, u, v)
    pos = 2
    for _ in range(q):
        c, u, v = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if c == b"?":
            qu.append(u)
            qv.append(v)
            continue
        key = u * 200003 + v if u < v else v * 200003 + u
        if c == b"+":
            start[key] = len(qu)
        else:
            intervals.append((start.pop(key), len(qu), u, v))
    Q = len(qu)
    if Q == 0:
        return
    for key, s in start.items():
        intervals.append((s, Q, key // 200003, key % 200003))
    size = 1
    while size < Q:
        size <<= 1
    tree = [None] * (2 * size)
    for l, r, u, v in intervals:
        l += size
        r += size
        while l < r:
            if l & 1:
                if tree[l] is None:
                    tree[l] = [u, v]
                else:
                    tree[l].append(u)
                    tree[l].append(v)
                l += 1
            if r & 1:
                r -= 1
                if tree[r] is None:
                    tree[r] = [u, v]
                else:
                    tree[r].append(u)
                    tree[r].append(v)
            l >>= 1
            r >>= 1
    parent = list(range(n + 1))
    sz = [1] * (n + 1)
    history = []
    answer = [False] * Q
    # Iterative depth-first walk: a positive entry enters a node, ~node leaves it.
    stack = [1]
    marks = [0] * (2 * size)
    while stack:
        node = stack.pop()
        if node < 0:
            keep = marks[~node]
            while len(history) > keep:
                b = history.pop()
                a = parent[b]
                sz[a] -= sz[b]
                parent[b] = b
            continue
        if node >= size and node - size >= Q:
            continue
        marks[node] = len(history)
        edges = tree[node]
        if edges is not None:
            for i in range(0, len(edges), 2):
                a = edges[i]
                while parent[a] != a:
                    a = parent[a]
                b = edges[i + 1]
                while parent[b] != b:
                    b = parent[b]
                if a != b:
                    if sz[a] < sz[b]:
                        a, b = b, a
                    parent[b] = a
                    sz[a] += sz[b]
                    history.append(b)
        if node >= size:
            i = node - size
            a = qu[i]
            while parent[a] != a:
                a = parent[a]
            b = qv[i]
            while parent[b] != b:
                b = parent[b]
            answer[i] = a == b
            keep = marks[node]
            while len(history) > keep:
                b = history.pop()
                a = parent[b]
                sz[a] -= sz[b]
                parent[b] = b
        else:
            stack.append(~node)
            stack.append(2 * node + 1)
            stack.append(2 * node)
    sys.stdout.write("\n".join(["YES" if x else "NO" for x in answer]) + "\n")


main()
