# Plausible mistake: the first row and column are all set to 1, ignoring stumps on them.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
MOD = 10**9 + 7
grid = data[2 : 2 + n]
w = [[0] * m for _ in range(n)]
for r in range(n):
    for c in range(m):
        if grid[r][c] == 35:
            w[r][c] = 0
        elif r == 0 or c == 0:
            w[r][c] = 1
        else:
            w[r][c] = (w[r - 1][c] + w[r][c - 1]) % MOD
print(w[n - 1][m - 1])
