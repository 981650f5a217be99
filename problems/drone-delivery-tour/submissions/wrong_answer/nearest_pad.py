# Plausible mistake: always flies to the nearest unvisited pad.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
d = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
seen = [False] * n
seen[0] = True
at, used = 0, 0
for _ in range(n - 1):
    w = min((j for j in range(n) if not seen[j]), key=lambda j: d[at][j])
    used += d[at][w]
    seen[w] = True
    at = w
print(used + d[at][0])
