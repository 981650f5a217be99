import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0]
for x in data[1 : n + 1]:
    p.append(p[-1] + int(x))
# c[l][r]: least fuel to gather piles l..r; rows by l, filled by increasing length.
c = [[0] * n for _ in range(n)]
for length in range(2, n + 1):
    for l in range(n - length + 1):
        r = l + length - 1
        row = c[l]
        best = min(row[k] + c[k + 1][r] for k in range(l, r))
        row[r] = best + p[r + 1] - p[l]
print(c[0][n - 1])
