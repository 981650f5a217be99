# Tries every count of every coin value: exponential.
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
coins = list(map(int, data[2 : 2 + n]))
count = 0
stack = [(0, s)]
while stack:
    i, rest = stack.pop()
    if rest == 0:
        count += 1
        continue
    if i == n:
        continue
    c = coins[i]
    k = 0
    while k * c <= rest:
        stack.append((i + 1, rest - k * c))
        k += 1
print(count % (10**9 + 7))
