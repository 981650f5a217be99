# Plausible mistake: count[r] - count[l] misses l when it is prime.
import sys

N = 5 * 10**6
sieve = bytearray([1]) * (N + 1)
sieve[0] = sieve[1] = 0
for i in range(2, int(N**0.5) + 1):
    if sieve[i]:
        sieve[i * i :: i] = bytearray(len(range(i * i, N + 1, i)))
count = [0] * (N + 1)
running = 0
for x in range(N + 1):
    running += sieve[x]
    count[x] = running

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    l, r = int(data[2 * i + 1]), int(data[2 * i + 2])
    out.append(count[r] - count[l])
print("\n".join(map(str, out)))
