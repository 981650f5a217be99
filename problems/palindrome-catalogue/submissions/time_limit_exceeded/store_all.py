# Expands around every centre and records the (Python) hash of every palindrome it meets:
# O(n^2) expansions, each slicing the palindrome, so O(n^3) on a string of one letter.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
found = set()
for c in range(2 * n - 1):
    l, r = c // 2, (c + 1) // 2
    while l >= 0 and r < n and s[l] == s[r]:
        found.add(hash(s[l:r + 1]))
        l -= 1
        r += 1
print(len(found))
