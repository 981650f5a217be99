import heapq
import sys

data = list(map(int, sys.stdin.buffer.read().split()))
n = data[0]
orders = sorted(zip(data[2 : 2 + 2 * n : 2], data[1 : 1 + 2 * n : 2]))  # (due, work)
chosen = []  # negated durations: a max-heap
total = 0
for due, work in orders:
    heapq.heappush(chosen, -work)
    total += work
    if total > due:
        total += heapq.heappop(chosen)
print(len(chosen))
