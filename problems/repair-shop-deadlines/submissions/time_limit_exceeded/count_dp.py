# By due moment, dp[j] = least total work to finish j orders on time: O(n * answer).
import sys

data = list(map(int, sys.stdin.buffer.read().split()))
n = data[0]
orders = sorted(zip(data[2 : 2 + 2 * n : 2], data[1 : 1 + 2 * n : 2]))
INF = float("inf")
dp = [0] + [INF] * n
best = 0
for due, work in orders:
    for j in range(best, -1, -1):
        if dp[j] + work <= due and dp[j] + work < dp[j + 1]:
            dp[j + 1] = dp[j] + work
    if dp[best + 1] < INF:
        best += 1
print(best)
