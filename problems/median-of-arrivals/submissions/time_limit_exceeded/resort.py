# Re-sorts all weights after every arrival: O(n^2 log n).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
seen, shown = [], []
for w in map(int, data[1 : n + 1]):
    seen.append(w)
    ordered = sorted(seen)
    shown.append(ordered[(len(seen) - 1) // 2])
print(" ".join(map(str, shown)))
