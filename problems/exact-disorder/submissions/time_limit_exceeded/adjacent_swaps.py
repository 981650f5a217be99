# Naive: from the sorted shelf, k times swap the first adjacent pair in order: O(n k).
n, k = map(int, input().split())
if k > n * (n - 1) // 2:
    print(-1)
else:
    p = list(range(1, n + 1))
    for _ in range(k):
        i = 0
        while p[i] > p[i + 1]:
            i += 1
        p[i], p[i + 1] = p[i + 1], p[i]
    print(*p)
