import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, m = int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])
    out.append(pow(a, b, m))
print("\n".join(map(str, out)))
