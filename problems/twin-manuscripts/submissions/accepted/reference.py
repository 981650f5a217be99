# Suffix automaton of s (flat transition table), then walk t through it.
import sys

data = sys.stdin.buffer.read().split()
s, t = data[0], data[1]
size = 2 * len(s) + 2
nxt = [-1] * (26 * size)
link = [-1] * size
length = [0] * size
count = 1
last = 0
for ch in s:
    c = ch - 97
    cur = count
    count += 1
    length[cur] = length[last] + 1
    p = last
    while p != -1 and nxt[p * 26 + c] == -1:
        nxt[p * 26 + c] = cur
        p = link[p]
    if p == -1:
        link[cur] = 0
    else:
        q = nxt[p * 26 + c]
        if length[p] + 1 == length[q]:
            link[cur] = q
        else:
            clone = count
            count += 1
            length[clone] = length[p] + 1
            nxt[clone * 26:clone * 26 + 26] = nxt[q * 26:q * 26 + 26]
            link[clone] = link[q]
            while p != -1 and nxt[p * 26 + c] == q:
                nxt[p * 26 + c] = clone
                p = link[p]
            link[q] = clone
            link[cur] = clone
    last = cur
v = l = best = 0
for ch in t:
    c = ch - 97
    while v != 0 and nxt[v * 26 + c] == -1:
        v = link[v]
        l = length[v]
    if nxt[v * 26 + c] != -1:
        v = nxt[v * 26 + c]
        l += 1
    if l > best:
        best = l
print(best)
