import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
s = list(map(int, data[2 : 2 + m]))
a = list(map(int, data[2 + m : 2 + m + n]))
top = max(a)
g = [0] * (top + 1)
for x in range(1, top + 1):
    seen = 0
    for v in s:
        if v <= x:
            seen |= 1 << g[x - v]
    mex = 0
    while seen >> mex & 1:
        mex += 1
    g[x] = mex
X = 0
for v in a:
    X ^= g[v]
wins = 0
if X:
    for v in a:
        want = X ^ g[v]
        for t in s:
            if t <= v and g[v - t] == want:
                wins += 1
print(wins)
