import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
seen = [0] * (2 * n + 1)
d = n
seen[d] = 1
blocks = 0
for c in s:
    if c == 71:  # G
        d += 1
    elif c == 66:  # B
        d -= 1
    blocks += seen[d]
    seen[d] += 1
print(blocks)
