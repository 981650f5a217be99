# Follows k parent links one at a time: O(k) per question.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
p = [0, 0] + [int(x) for x in data[2 : n + 1]]
out = []
pos = n + 1
for _ in range(q):
    v = int(data[pos])
    k = int(data[pos + 1])
    pos += 2
    while k and v:
        v = p[v]
        k -= 1
    out.append(v if v else -1)
print("\n".join(map(str, out)))
