import sys

# Each player grabs the most valuable run of 1..k tickets on top, ignoring what it leaves.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
v = list(map(int, data[2:2 + n]))
i = 0
turn = 1
diff = 0
while i < n:
    best_sum, best_t, running = None, 1, 0
    for t in range(1, min(k, n - i) + 1):
        running += v[i + t - 1]
        if best_sum is None or running > best_sum:
            best_sum, best_t = running, t
    diff += turn * best_sum
    i += best_t
    turn = -turn
print(diff)
