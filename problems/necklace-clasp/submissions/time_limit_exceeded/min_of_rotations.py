# Builds every rotation: O(n^2) time and copying.
import sys

data = sys.stdin.buffer.read().split()
out = []
for s in data[1:]:
    out.append(min(range(len(s)), key=lambda i: (s[i:] + s[:i], i)) + 1)
print("\n".join(map(str, out)))
