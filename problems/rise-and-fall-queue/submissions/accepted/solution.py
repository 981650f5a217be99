n, a, b = map(int, input().split())
if a + b - 1 > n or a * b < n:
    print(-1)
else:
    sizes = [b] + [1] * (a - 1)
    rest = n - b - (a - 1)
    for i in range(1, a):
        add = min(rest, b - 1)
        sizes[i] += add
        rest -= add
    out = []
    start = 1
    for s in sizes:
        out.extend(range(start + s - 1, start - 1, -1))
        start += s
    print(*out)
