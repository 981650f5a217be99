# Plausible mistake: pairs neighbours in sorted order whenever they fit.
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
w = sorted(map(int, data[2 : 2 + n]))
i, canoes = 0, 0
while i < n:
    if i + 1 < n and w[i] + w[i + 1] <= cap:
        i += 2
    else:
        i += 1
    canoes += 1
print(canoes)
