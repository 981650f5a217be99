# Plausible mistake: the map starts empty, so stretches starting at entry 1 are missed.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
seen = {}
prefix = answer = 0
for a in map(int, data[2 : n + 2]):
    prefix += a
    answer += seen.get(prefix - s, 0)
    seen[prefix] = seen.get(prefix, 0) + 1
print(answer)
