import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
MOD = 10**9 + 7
w = [0] * m
for r in range(n):
    row = data[2 + r]
    for c in range(m):
        if row[c] == 35:  # '#'
            w[c] = 0
        elif r == 0 and c == 0:
            w[c] = 1
        elif c:
            w[c] = (w[c] + w[c - 1]) % MOD
print(w[m - 1])
