# Plausible mistake: applies events one at a time, entries before exits at equal moments.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
events = []
for i in range(n):
    events.append((int(data[1 + 2 * i]), 0, 1))
    events.append((int(data[2 + 2 * i]), 1, -1))
events.sort()
best = length = current = 0
for k in range(len(events)):
    current += events[k][2]
    span = events[k + 1][0] - events[k][0] if k + 1 < len(events) else 0
    if current > best:
        best, length = current, span
    elif current == best:
        length += span
print(best, length)
