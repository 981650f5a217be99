# Prefix function; occ(k) = 1 + number of positions whose border chain passes length k.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
pi = [0] * n
for i in range(1, n):
    k = pi[i - 1]
    c = s[i]
    while k > 0 and c != s[k]:
        k = pi[k - 1]
    if c == s[k]:
        k += 1
    pi[i] = k
occ = [0] * (n + 1)
for p in pi:
    occ[p] += 1
for k in range(n, 0, -1):
    occ[pi[k - 1]] += occ[k]
best = best_k = 0
for k in range(1, n + 1):
    value = k * (occ[k] + 1)
    if value > best:
        best, best_k = value, k
print(best, best_k)
