import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1])) + [0]
stack = []
best = 0
for j in range(n + 1):
    while stack and h[stack[-1]] >= h[j]:
        height = h[stack.pop()]
        left = stack[-1] if stack else -1
        best = max(best, height * (j - left - 1))
    stack.append(j)
print(best)
