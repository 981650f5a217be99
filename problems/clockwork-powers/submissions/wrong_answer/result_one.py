# Plausible mistake: starts the result at 1 instead of 1 mod m.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, m = int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])
    result = 1
    a %= m
    while b:
        if b & 1:
            result = result * a % m
        a = a * a % m
        b >>= 1
    out.append(result)
print("\n".join(map(str, out)))
