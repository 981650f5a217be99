# Plausible mistake: forgets the empty prefix, so stretches starting on day 1 are lost.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {}
total = count = 0
for a in data[2 : 2 + n]:
    total += int(a) - k
    c = seen.get(total, 0)
    count += c
    seen[total] = c + 1
print(count)
