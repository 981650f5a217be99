import sys

s, p = sys.stdin.buffer.read().split()
m = len(p)
print(sum(1 for i in range(len(s) - m + 1) if s[i:i + m] == p))
