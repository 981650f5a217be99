# Plausible mistake: the Z-function template leaves z[0] = 0, so the occurrence at the
# very beginning is never counted.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
z = [0] * n
l = r = 0
for i in range(1, n):
    k = min(r - i, z[i - l]) if i < r else 0
    while i + k < n and s[k] == s[i + k]:
        k += 1
    z[i] = k
    if i + k > r:
        l, r = i, i + k
occ = [0] * (n + 2)
for v in z:
    occ[v] += 1
for k in range(n - 1, 0, -1):
    occ[k] += occ[k + 1]
best = best_k = 0
for k in range(1, n + 1):
    if k * occ[k] > best:
        best, best_k = k * occ[k], k
print(best, best_k)
