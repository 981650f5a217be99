# Plausible mistake: starts the best at 0, as if the part could be empty.
import sys

data = sys.stdin.buffer.read().split()
best = ending = 0
for a in map(int, data[1:]):
    ending = max(ending + a, 0)
    best = max(best, ending)
print(best)
