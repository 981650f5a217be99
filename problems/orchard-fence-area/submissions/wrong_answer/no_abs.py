# Plausible mistake: forgets that a clockwise walk gives a negative signed area.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1 : 2 * n + 1 : 2]))
ys = list(map(int, data[2 : 2 * n + 2 : 2]))
twice = 0
for i in range(n):
    j = (i + 1) % n
    twice += xs[i] * ys[j] - xs[j] * ys[i]
print(twice / 2)
