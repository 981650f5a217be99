# For every event moment, counts the visitors inside by scanning all of them: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(data[1 + 2 * i]) for i in range(n)]
b = [int(data[2 + 2 * i]) for i in range(n)]
times = sorted(set(a) | set(b))
best = length = 0
for k in range(len(times) - 1):
    t = times[k]
    current = 0
    for i in range(n):
        if a[i] <= t < b[i]:
            current += 1
    span = times[k + 1] - t
    if current > best:
        best, length = current, span
    elif current == best:
        length += span
print(best, length)
