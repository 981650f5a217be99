import sys

s = sys.stdin.buffer.readline().strip()
print(max(len(part) for part in s.split(b"L")))
