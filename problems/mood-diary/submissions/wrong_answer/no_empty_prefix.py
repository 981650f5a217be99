# Plausible mistake: the empty prefix (difference 0 before day 1) is never recorded,
# so blocks starting on day 1 are missed.
import sys

s = sys.stdin.buffer.readline().strip()
seen = {}
d = 0
blocks = 0
for c in s:
    if c == 71:
        d += 1
    elif c == 66:
        d -= 1
    blocks += seen.get(d, 0)
    seen[d] = seen.get(d, 0) + 1
print(blocks)
