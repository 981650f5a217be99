# list.count for every ballot: O(n^2).
import sys

names = sys.stdin.buffer.read().split()[1:]
best = None
for name in names:
    c = names.count(name)
    if best is None or (-c, name) < best:
        best = (-c, name)
print(best[1].decode(), -best[0])
