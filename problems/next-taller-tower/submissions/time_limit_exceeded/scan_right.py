# For every tower, walk east until a taller one: O(n^2) when heights do not increase.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
answer = [0] * n
for i in range(n):
    hi = h[i]
    for j in range(i + 1, n):
        if h[j] > hi:
            answer[i] = j - i
            break
print(" ".join(map(str, answer)))
