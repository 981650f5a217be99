# Plausible mistake: the answer is only updated when a loss ends a streak.
import sys

s = sys.stdin.buffer.readline().strip()
best = current = 0
for c in s:
    if c == ord("L"):
        best = max(best, current)
        current = 0
    else:
        current += 1
print(best)
