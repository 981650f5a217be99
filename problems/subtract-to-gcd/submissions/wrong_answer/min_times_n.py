# Plausible mistake: believes every tower can be cut down to the smallest one.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
m = min(a)
print(sum(x % m if x % m else m for x in a))
