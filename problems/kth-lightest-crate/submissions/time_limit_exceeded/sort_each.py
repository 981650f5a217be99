# Sorts every block: O(q n log n).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
w = list(map(int, data[2 : n + 2]))
out = []
pos = 2 + n
for _ in range(q):
    l, r, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    out.append(sorted(w[l - 1 : r])[k - 1])
sys.stdout.write("\n".join(map(str, out)) + "\n")
