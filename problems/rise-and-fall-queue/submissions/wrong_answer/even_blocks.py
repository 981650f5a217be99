# Plausible mistake: spreads n evenly over the a blocks, so no block may reach b.
n, a, b = map(int, input().split())
if a + b - 1 > n or a * b < n:
    print(-1)
else:
    sizes = [n // a + (1 if i < n % a else 0) for i in range(a)]
    out = []
    start = 1
    for s in sizes:
        out.extend(range(start + s - 1, start - 1, -1))
        start += s
    print(*out)
