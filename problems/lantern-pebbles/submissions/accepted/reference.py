import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
print("\n".join("Bob" if int(x) % 7 in (0, 2) else "Alice" for x in data[1 : t + 1]))
