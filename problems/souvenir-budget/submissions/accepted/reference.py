import sys

data = sys.stdin.buffer.read().split()
n, budget = int(data[0]), int(data[1])
count = 0
for price in sorted(map(int, data[2 : 2 + n])):
    if price > budget:
        break
    budget -= price
    count += 1
print(count)
