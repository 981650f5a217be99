# Plausible mistake: after a repeat it skips just one letter, so "aaa" becomes "aa".
import sys

s = sys.stdin.buffer.readline().strip()
out = bytearray()
i = 0
while i < len(s):
    out.append(s[i])
    if i + 1 < len(s) and s[i + 1] == s[i]:
        i += 2
    else:
        i += 1
sys.stdout.buffer.write(bytes(out) + b"\n")
