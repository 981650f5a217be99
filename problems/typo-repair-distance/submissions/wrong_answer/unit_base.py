# Plausible mistake: the borders of the table count edits, not their costs.
import sys

data = sys.stdin.buffer.read().split()
I, D, R = int(data[0]), int(data[1]), int(data[2])
s, t = data[3], data[4]
prev = list(range(len(t) + 1))
for i in range(1, len(s) + 1):
    cur = [i] + [0] * len(t)
    a = s[i - 1]
    for j in range(1, len(t) + 1):
        cur[j] = min(cur[j - 1] + I, prev[j] + D, prev[j - 1] + (0 if a == t[j - 1] else R))
    prev = cur
print(prev[-1])
