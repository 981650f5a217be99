# Plausible mistake: pops on <=, so an equally tall tower is taken as taller.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
answer = [0] * n
stack = []
for j in range(n):
    while stack and h[stack[-1]] <= h[j]:
        i = stack.pop()
        answer[i] = j - i
    stack.append(j)
print(" ".join(map(str, answer)))
