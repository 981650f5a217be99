# Plausible mistake: only tile lengths that divide |s| are tried (s must be tile^k).
import sys

data = sys.stdin.buffer.read().split()
out = []
for s in data[1:]:
    n = len(s)
    for p in range(1, n + 1):
        if n % p == 0 and s[:p] * (n // p) == s:
            out.append(p)
            break
print("\n".join(map(str, out)))
