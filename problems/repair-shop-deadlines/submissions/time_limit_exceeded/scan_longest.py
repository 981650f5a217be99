# Same greedy, but finds the longest chosen order by a linear scan: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
orders = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
chosen = []
total = 0
for due, work in orders:
    chosen.append(work)
    total += work
    if total > due:
        best = 0
        for i in range(1, len(chosen)):
            if chosen[i] > chosen[best]:
                best = i
        total -= chosen[best]
        chosen.pop(best)
print(len(chosen))
