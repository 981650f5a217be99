# Kadane's scan over the range for every question: O(n q).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = list(map(int, data[2 : n + 2]))
out = []
pos = 2 + n
for _ in range(q):
    if data[pos] == b"1":
        p[int(data[pos + 1]) - 1] = int(data[pos + 2])
    else:
        l, r = int(data[pos + 1]) - 1, int(data[pos + 2])
        best = p[l]
        ending = 0
        for i in range(l, r):
            ending = (ending if ending > 0 else 0) + p[i]
            if ending > best:
                best = ending
        out.append(best)
    pos += 3
sys.stdout.write("\n".join(map(str, out)) + "\n")
