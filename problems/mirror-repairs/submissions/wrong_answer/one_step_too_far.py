# Plausible mistake: the loop runs up to n // 2 inclusive, so for an even length the middle
# pair is compared a second time (as s[n/2] against s[n/2 - 1]).
import sys

data = sys.stdin.buffer.read().split()
out = []
for s in data[1:]:
    n = len(s)
    out.append(sum(1 for i in range(n // 2 + 1) if s[i] != s[n - 1 - i]))
print("\n".join(map(str, out)))
