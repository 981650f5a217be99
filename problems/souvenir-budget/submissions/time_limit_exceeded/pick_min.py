# Finds the cheapest remaining souvenir by a scan each time: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, budget = int(data[0]), int(data[1])
p = list(map(int, data[2 : 2 + n]))
count = 0
while p:
    best = 0
    for i in range(1, len(p)):
        if p[i] < p[best]:
            best = i
    if p[best] > budget:
        break
    budget -= p[best]
    p[best] = p[-1]
    p.pop()
    count += 1
print(count)
