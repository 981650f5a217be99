"""Secret tests for Prime Lockers: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1100404)
N = 5 * 10**6

sieve = bytearray([1]) * (N + 1)
sieve[0] = sieve[1] = 0
for i in range(2, int(N**0.5) + 1):
    if sieve[i]:
        sieve[i * i :: i] = bytearray(len(range(i * i, N + 1, i)))
primes = [p for p in range(N + 1) if sieve[p]]


def write(name, queries):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(queries)}\n")
        handle.write("".join(f"{l} {r}\n" for l, r in queries))


write("01-one", [(1, 1)])
write("02-small-all", [(l, r) for l in range(1, 31) for r in range(l, 31)])
# Left end is a prime: c_r - c_l misses it.
qs = []
for _ in range(20000):
    p = rng.choice(primes)
    qs.append((p, rng.randint(p, min(N, p + rng.choice([0, 10, 1000, N])))))
write("03-left-prime", qs)
qs = []
for _ in range(50000):
    l = rng.randint(1, N)
    qs.append((l, rng.randint(l, N)))
write("04-max-random", qs)
# Wide blocks: testing each locker is hopeless.
write("05-max-wide", [(rng.randint(1, 100), rng.randint(N - 100, N)) for _ in range(50000)])
write("06-single-lockers", [(x, x) for x in (rng.randint(1, N) for _ in range(5000))] + [(p, p) for p in rng.sample(primes, 5000)])
write("07-from-one", [(1, rng.randint(1, N)) for _ in range(10000)] + [(2, 2), (1, 2), (N, N), (4999999, N)])
