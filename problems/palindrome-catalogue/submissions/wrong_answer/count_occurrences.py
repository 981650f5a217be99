# Plausible mistake: counts every palindromic substring occurrence (Manacher radii),
# not the different palindromes.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
t = [0] * (2 * n + 1)
for i in range(n):
    t[2 * i + 1] = s[i] + 1
m = len(t)
rad = [0] * m
center = right = 0
for i in range(m):
    k = min(right - i, rad[2 * center - i]) if i < right else 0
    while i - k - 1 >= 0 and i + k + 1 < m and t[i - k - 1] == t[i + k + 1]:
        k += 1
    rad[i] = k
    if i + k > right:
        center, right = i, i + k
print(sum((r + 1) // 2 for r in rad))
