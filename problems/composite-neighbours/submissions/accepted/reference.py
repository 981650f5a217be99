n = int(input())
if 2 <= n <= 4:
    print(-1)
else:
    odd = [v for v in range(1, n + 1, 2) if v != 5]
    even = [v for v in range(2, n + 1, 2) if v != 4]
    middle = [5, 4] if n >= 5 else []
    print(*(odd + middle + even))
