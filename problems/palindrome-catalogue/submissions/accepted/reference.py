# Palindromic tree (eertree) with a flat transition table.
import sys

s = sys.stdin.buffer.readline().strip()
n = len(s)
nxt = [0] * (26 * (n + 2))
length = [0] * (n + 2)
link = [0] * (n + 2)
length[0] = -1
nodes = 2
last = 1
for i in range(n):
    ch = s[i]
    c = ch - 97
    v = last
    while True:
        j = i - length[v] - 1
        if j >= 0 and s[j] == ch:
            break
        v = link[v]
    w = nxt[v * 26 + c]
    if w:
        last = w
        continue
    w = nodes
    nodes += 1
    length[w] = length[v] + 2
    if length[w] == 1:
        link[w] = 1
    else:
        u = link[v]
        while True:
            j = i - length[u] - 1
            if j >= 0 and s[j] == ch:
                break
            u = link[u]
        link[w] = nxt[u * 26 + c]
    nxt[v * 26 + c] = w
    last = w
print(nodes - 2)
