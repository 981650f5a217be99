# For each heaviest camper scans for the heaviest partner who fits: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
w = sorted(map(int, data[2 : 2 + n]), reverse=True)
used = [False] * n
canoes = 0
for i in range(n):
    if used[i]:
        continue
    used[i] = True
    canoes += 1
    for j in range(i + 1, n):
        if not used[j] and w[i] + w[j] <= cap:
            used[j] = True
            break
print(canoes)
