import sys

a, b = map(int, sys.stdin.buffer.read().split())
print(a + b)
