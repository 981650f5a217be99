# Plausible mistake: odd numbers, then even numbers, ignoring the sum where they meet.
n = int(input())
if 2 <= n <= 4:
    print(-1)
else:
    print(*(list(range(1, n + 1, 2)) + list(range(2, n + 1, 2))))
