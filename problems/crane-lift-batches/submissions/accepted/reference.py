import sys

data = sys.stdin.buffer.read().split()
n, C = int(data[0]), int(data[1])
M = [0] * (n + 1)  # line j: y = M[j] * x + B[j]
B = [0] * (n + 1)
dq = [0] * (n + 1)
head, tail = 0, 1
p = 0
f = 0
for i in range(1, n + 1):
    p += int(data[1 + i])
    while tail - head >= 2:
        a, b = dq[head], dq[head + 1]
        if M[b] * p + B[b] <= M[a] * p + B[a]:
            head += 1
        else:
            break
    j = dq[head]
    f = M[j] * p + B[j] + p * p + C
    m3, b3 = -2 * p, f + p * p
    M[i], B[i] = m3, b3
    while tail - head >= 2:
        l1, l2 = dq[tail - 2], dq[tail - 1]
        if (b3 - B[l1]) * (M[l1] - M[l2]) <= (B[l2] - B[l1]) * (M[l1] - m3):
            tail -= 1
        else:
            break
    dq[tail] = i
    tail += 1
print(f)
