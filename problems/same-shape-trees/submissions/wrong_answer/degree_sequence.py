# Plausible mistake: compares the sorted degree sequences only.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n = int(data[pos])
    pos += 1
    seqs = []
    for _ in range(2):
        deg = [0] * (n + 1)
        for i in range(2, n + 1):
            p = int(data[pos])
            pos += 1
            deg[i] += 1
            deg[p] += 1
        seqs.append(sorted(deg))
    out.append("YES" if seqs[0] == seqs[1] else "NO")
print("\n".join(out))
