import sys

data = sys.stdin.buffer.read().split()
out = []
for s in data[1:]:
    n = len(s)
    out.append(sum(1 for i in range(n // 2) if s[i] != s[n - 1 - i]))
print("\n".join(map(str, out)))
