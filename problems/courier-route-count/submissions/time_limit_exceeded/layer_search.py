# Naive: searches for layers of widths w_1..w_r (full joins between neighbouring layers,
# at most 98 middle crossings) whose product is k. Exponential, and hopeless for big primes.
import sys

k = int(sys.stdin.readline())
best = None
stack = [(0, 1, [])]  # crossings used, product, widths
while stack:
    used, prod, widths = stack.pop()
    if prod == k:
        best = widths
        break
    for w in range(1, 99 - used):
        if prod * w <= k:
            stack.append((used + w, prod * w, widths + [w]))
if best is None:
    best = [1]
n = 2 + sum(best)
layers, nxt = [[1]], 3
for w in best:
    layers.append(list(range(nxt, nxt + w)))
    nxt += w
layers.append([2])
edges = [(u, v) for i in range(len(layers) - 1) for u in layers[i] for v in layers[i + 1]]
print(n, len(edges))
print("\n".join(f"{u} {v}" for u, v in edges))
