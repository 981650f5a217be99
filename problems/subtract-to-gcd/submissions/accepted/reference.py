import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
g = 0
for a in map(int, data[1 : n + 1]):
    g = gcd(g, a)
print(g * n)
