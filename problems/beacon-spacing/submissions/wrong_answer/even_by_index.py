# Plausible mistake: spreads the beacons evenly by index over the sorted pads.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
x = sorted(map(int, data[2 : 2 + n]))
chosen = [x[round(i * (n - 1) / (k - 1))] for i in range(k)]
print(min(chosen[i + 1] - chosen[i] for i in range(k - 1)))
