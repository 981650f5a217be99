# Recomputes the sequence for every question: O(t * max n).
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
MOD = 10**9 + 7
out = []
for x in map(int, data[1 : t + 1]):
    a, b, c = 1, 0, 0  # f(i), f(i-1), f(i-2)
    for _ in range(x):
        a, b, c = (a + b + c) % MOD, a, b
    out.append(a)
print("\n".join(map(str, out)))
