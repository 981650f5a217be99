# Plausible mistake: takes treasures by worth per gram while they fit.
import sys

data = sys.stdin.buffer.read().split()
n, W = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
items.sort(key=lambda item: item[1] / item[0], reverse=True)
left, worth = W, 0
for w, v in items:
    if w <= left:
        left -= w
        worth += v
print(worth)
