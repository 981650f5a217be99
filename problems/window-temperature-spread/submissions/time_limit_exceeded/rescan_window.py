# Rescans every window: O(n * k).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
t = list(map(int, data[2 : n + 2]))
spreads = []
for s in range(n - k + 1):
    lo = hi = t[s]
    for j in range(s + 1, s + k):
        x = t[j]
        if x < lo:
            lo = x
        elif x > hi:
            hi = x
    spreads.append(hi - lo)
print(" ".join(map(str, spreads)))
