# Builds a set for every question: O(n q).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
c = list(map(int, data[2 : n + 2]))
out = []
pos = n + 2
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(len(set(c[l - 1 : r])))
sys.stdout.write("\n".join(map(str, out)) + "\n")
