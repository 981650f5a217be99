# Tries d = 1, 2, 3, ... until the greedy fails: O(n * answer).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
x = sorted(map(int, data[2 : 2 + n]))


def fits(d):
    placed, last = 1, x[0]
    for v in x:
        if v - last >= d:
            placed += 1
            last = v
    return placed >= k


d = 1
while fits(d + 1):
    d += 1
print(d)
