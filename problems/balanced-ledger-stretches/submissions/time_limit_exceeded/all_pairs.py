# Every start, every end: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2 : n + 2]))
answer = 0
for l in range(n):
    total = 0
    for r in range(l, n):
        total += a[r]
        if total == s:
            answer += 1
print(answer)
