import sys

s = sys.stdin.buffer.readline().strip()
out = bytearray(s[:1])
for i in range(1, len(s)):
    if s[i] != s[i - 1]:
        out.append(s[i])
sys.stdout.buffer.write(bytes(out) + b"\n")
