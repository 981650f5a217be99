# Plausible mistake: extends the current batch while that is cheaper than opening a new one.
import sys

data = sys.stdin.buffer.read().split()
n, C = int(data[0]), int(data[1])
total = 0
cur = 0
for x in map(int, data[2 : 2 + n]):
    if cur == 0:
        cur = x
    elif (cur + x) ** 2 - cur * cur <= x * x + C:
        cur += x
    else:
        total += cur * cur + C
        cur = x
print(total + cur * cur + C)
