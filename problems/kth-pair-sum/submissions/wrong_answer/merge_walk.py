# Plausible mistake: walks two pointers like a merge, always advancing the side whose
# next sum is smaller, as if the sums came out in order.
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
a = sorted(map(int, data[3 : 3 + n]))
b = sorted(map(int, data[3 + n : 3 + n + m]))
i = j = 0
for _ in range(k - 1):
    if j + 1 < m and (i + 1 >= n or a[i] + b[j + 1] <= a[i + 1] + b[j]):
        j += 1
    elif i + 1 < n:
        i += 1
print(a[i] + b[j])
