# Plausible mistake: r // k - l // k forgets house l when l is a multiple of k.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    l, r, k = int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])
    out.append(r // k - l // k)
print("\n".join(map(str, out)))
