# Counts the occurrences of every prefix separately with str.find: quadratic or worse.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
best = best_k = 0
for k in range(1, n + 1):
    p = s[:k]
    count = 0
    i = s.find(p)
    while i != -1:
        count += 1
        i = s.find(p, i + 1)
    if k * count > best:
        best, best_k = k * count, k
print(best, best_k)
