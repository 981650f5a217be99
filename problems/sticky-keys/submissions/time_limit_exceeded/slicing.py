# Cuts each repeated letter out with slicing: every cut copies the string, O(n^2).
import sys

s = sys.stdin.buffer.readline().strip()
i = 1
while i < len(s):
    if s[i] == s[i - 1]:
        s = s[:i] + s[i + 1:]
    else:
        i += 1
sys.stdout.buffer.write(s + b"\n")
