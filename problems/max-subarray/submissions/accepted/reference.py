import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
best = None
ending = 0
for a in map(int, data[1 : n + 1]):
    ending = max(ending, 0) + a
    best = ending if best is None or ending > best else best
print(best)
