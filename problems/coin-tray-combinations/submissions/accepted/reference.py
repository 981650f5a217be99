import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
MOD = 10**9 + 7
w = [1] + [0] * s
for c in map(int, data[2 : 2 + n]):
    for x in range(c, s + 1):
        w[x] = (w[x] + w[x - c]) % MOD
print(w[s])
