# Plausible mistake: always joins the depot to the start of the collecting line,
# so the lowest bit is counted even when k is even.
k = int(input())
H = k.bit_length() - 1
n = 2
a, b, c = [0] * (H + 1), [0] * (H + 1), [0] * (H + 2)
for j in range(1, H + 1):
    a[j], b[j] = n + 1, n + 2
    n += 2
for t in range(1, H + 2):
    n += 1
    c[t] = n
edges = []
if H >= 1:
    edges += [(1, a[1]), (1, b[1])]
for j in range(1, H):
    edges += [(a[j], a[j + 1]), (a[j], b[j + 1]), (b[j], a[j + 1]), (b[j], b[j + 1])]
edges += [(c[t], c[t + 1]) for t in range(1, H + 1)]
edges.append((c[H + 1], 2))
edges.append((1, c[1]))
for i in range(1, H + 1):
    if k >> i & 1:
        edges += [(a[i], c[i + 1]), (b[i], c[i + 1])]
print(n, len(edges))
print("\n".join(f"{u} {v}" for u, v in edges))
