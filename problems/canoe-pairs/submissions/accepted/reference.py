import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
w = sorted(map(int, data[2 : 2 + n]))
lo, hi, canoes = 0, n - 1, 0
while lo <= hi:
    if lo < hi and w[lo] + w[hi] <= cap:
        lo += 1
    hi -= 1
    canoes += 1
print(canoes)
