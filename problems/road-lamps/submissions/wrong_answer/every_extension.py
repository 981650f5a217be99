# Plausible mistake: switches on every lamp that extends the lit prefix, in order of left end.
import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
seg = sorted((int(data[2 + 2 * i]) - int(data[3 + 2 * i]), int(data[2 + 2 * i]) + int(data[3 + 2 * i])) for i in range(n))
reach, used = 0, 0
for left, right in seg:
    if reach >= length:
        break
    if left > reach:
        break
    if right > reach:
        reach = right
        used += 1
print(used if reach >= length else -1)
