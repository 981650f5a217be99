import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
events = {}
for i in range(n):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    events[a] = events.get(a, 0) + 1
    events[b] = events.get(b, 0) - 1
times = sorted(events)
best = length = current = 0
for k in range(len(times) - 1):
    current += events[times[k]]
    span = times[k + 1] - times[k]
    if current > best:
        best, length = current, span
    elif current == best:
        length += span
print(best, length)
