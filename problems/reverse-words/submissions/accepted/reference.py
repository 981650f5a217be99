import sys

words = sys.stdin.buffer.read().split()
sys.stdout.buffer.write(b" ".join(reversed(words)) + b"\n")
