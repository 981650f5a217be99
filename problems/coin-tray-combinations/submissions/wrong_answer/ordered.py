# Plausible mistake: loops swapped, so different orders of the same coins count apart.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
coins = list(map(int, data[2 : 2 + n]))
MOD = 10**9 + 7
w = [1] + [0] * s
for x in range(1, s + 1):
    total = 0
    for c in coins:
        if c <= x:
            total += w[x - c]
    w[x] = total % MOD
print(w[s])
