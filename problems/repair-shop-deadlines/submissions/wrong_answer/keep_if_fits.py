# Plausible mistake: by due moment, takes an order only if it still fits; never swaps.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
orders = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
total = count = 0
for due, work in orders:
    if total + work <= due:
        total += work
        count += 1
print(count)
