# Plausible mistake: plays it as plain Nim on the jar sizes.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
s = list(map(int, data[2 : 2 + m]))
a = list(map(int, data[2 + m : 2 + m + n]))
X = 0
for v in a:
    X ^= v
wins = 0
if X:
    for v in a:
        for t in s:
            if t <= v and (v - t) == X ^ v:
                wins += 1
print(wins)
