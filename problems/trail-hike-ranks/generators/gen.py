"""Secret tests for Trail Hike Ranks: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(24013)


def write(name, l, r, values):
    n = len(values)
    assert 1 <= l <= r <= n * (n + 1) // 2
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{n} {l} {r}\n{' '.join(map(str, values))}\n")


def total(n):
    return n * (n + 1) // 2


write("01-single", 1, 1, [10**4])
write("02-small-all", 1, total(6), [rng.randint(1, 9) for _ in range(6)])
write("03-small-middle", 4, 11, [rng.randint(1, 5) for _ in range(7)])
# Equal sections: lots of equal lengths, ranks cut through the ties.
write("04-equal-ties", 1001, 4321, [7] * 300)
write("05-ones-and-twos", 12345, 67890, [rng.choice([1, 2]) for _ in range(1000)])
write("06-one-rank", 777777, 777777, [rng.randint(1, 10**4) for _ in range(3000)])
write("07-random-mid", 10**7, 5 * 10**8, [rng.randint(1, 100) for _ in range(40000)])
n = 100000
# Every hike: about 1.7e18 metres and 5e9 hikes, beyond 32 bits.
write("08-max-everything", 1, total(n), [10**4] * n)
values = [rng.randint(1, 10**4) for _ in range(n)]
write("09-max-random", rng.randint(1, total(n) // 2), rng.randint(total(n) // 2, total(n)), values)
write("10-max-low-ranks", 1, 3 * 10**5, [rng.randint(1, 3) for _ in range(n)])
