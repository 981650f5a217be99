import sys

# Two independent hashes modulo 31-bit primes; products stay below 2^62.
P1, P2 = 2147483647, 2147483629
S1, K1, T1, L1 = 0x2545F491, 1103515245, 0x6C8E9CF5, 1664525
S2, K2, T2, L2 = 0x1B873593, 1597334677, 0x3C6EF372, 1013904223

data = sys.stdin.buffer.read().split()
n = int(data[0])
p = [0, 0] + [int(x) for x in data[1:n]]
children = [[] for _ in range(n + 1)]
for i in range(2, n + 1):
    children[p[i]].append(i)
order = [1]
for v in order:
    order.extend(children[v])
a = [1] * (n + 1)
b = [1] * (n + 1)
ga = [0] * (n + 1)
gb = [0] * (n + 1)
for v in reversed(order):
    x = a[v]
    x = ((((x ^ S1) * K1) % P1 ^ T1) * L1) % P1
    y = b[v]
    y = ((((y ^ S2) * K2) % P2 ^ T2) * L2) % P2
    ga[v] = x
    gb[v] = y
    q = p[v]
    a[q] = (a[q] + x) % P1
    b[q] = (b[q] + y) % P2
fa = a[:]
fb = b[:]
for v in order[1:]:
    q = p[v]
    x = (fa[q] - ga[v]) % P1
    y = (fb[q] - gb[v]) % P2
    x = ((((x ^ S1) * K1) % P1 ^ T1) * L1) % P1
    y = ((((y ^ S2) * K2) % P2 ^ T2) * L2) % P2
    fa[v] = (a[v] + x) % P1
    fb[v] = (b[v] + y) % P2
print(len({fa[v] << 31 | fb[v] for v in range(1, n + 1)}))
