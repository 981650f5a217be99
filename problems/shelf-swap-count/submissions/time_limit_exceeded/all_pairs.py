# Checks every pair: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
answer = 0
for i in range(n):
    hi = h[i]
    for j in range(i + 1, n):
        if hi > h[j]:
            answer += 1
print(answer)
