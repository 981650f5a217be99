# Walks up from every employee to the founder: O(n * depth), 5e9 steps on a chain.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
team = [0] * (n + 1)
for v in range(2, n + 1):
    u = p[v]
    while u:
        team[u] += 1
        u = p[u]
print(" ".join(map(str, team[1:])))
