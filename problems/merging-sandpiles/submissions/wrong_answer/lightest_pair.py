# Plausible mistake: always merges the lightest neighbouring pair (a Huffman-like greedy).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
fuel = 0
while len(a) > 1:
    i = min(range(len(a) - 1), key=lambda j: a[j] + a[j + 1])
    merged = a[i] + a[i + 1]
    fuel += merged
    a[i : i + 2] = [merged]
print(fuel)
