# Plausible mistake: treats step 0 as having no route (f(0) = 0).
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
n = list(map(int, data[1 : t + 1]))
MOD = 10**9 + 7
f = [0, 1, 2]
for i in range(3, max(n) + 1):
    f.append((f[i - 1] + f[i - 2] + f[i - 3]) % MOD)
print("\n".join(str(f[x]) for x in n))
