# Finds the minimum of the range and updates every leg directly: O(n q).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
free = list(map(int, data[2 : n + 2]))
booked = {}
out = []
pos = 2 + n
for i in range(1, q + 1):
    if data[pos] == b"1":
        l, r, k = int(data[pos + 1]) - 1, int(data[pos + 2]), int(data[pos + 3])
        pos += 4
        lowest = free[l]
        for x in range(l + 1, r):
            if free[x] < lowest:
                lowest = free[x]
        if lowest >= k:
            for x in range(l, r):
                free[x] -= k
            booked[i] = (l, r, k)
            out.append("YES")
        else:
            out.append("NO")
    else:
        j = int(data[pos + 1])
        pos += 2
        if j in booked:
            l, r, k = booked.pop(j)
            for x in range(l, r):
                free[x] += k
sys.stdout.write("\n".join(out) + "\n")
