# Prepends every word to the answer: each step copies the whole string, O(L^2).
import sys

result = b""
for w in sys.stdin.buffer.read().split():
    result = w + b" " + result if result else w
sys.stdout.buffer.write(result + b"\n")
