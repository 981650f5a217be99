# Every pair with a running maximum: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : n + 1]))
answer = 0
for l in range(n):
    hl = h[l]
    top = hl
    for r in range(l + 1, n):
        x = h[r]
        if x > top:
            top = x
        if hl + x == top:
            answer += 1
print(answer)
