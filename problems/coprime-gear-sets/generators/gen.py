"""Secret tests for Coprime Gear Sets: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2000909)
A = 10**6


def write(name, values):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(values)}\n{' '.join(map(str, values))}\n")


write("01-single-one", [1])
write("02-single-big", [A])
write("03-small", [rng.randint(1, 12) for _ in range(10)])
write("04-all-even", [2 * rng.randint(1, A // 2) for _ in range(1000)])
write("05-ones", [1] * 60)
write("06-max-random", [rng.randint(1, A) for _ in range(100000)])
# Many shared small factors: large c_d for squarefree d with mu = -1 and +1.
write("07-smooth-numbers", [rng.choice([6, 10, 15, 30, 42, 70, 105, 210, 2310, 30030, 510510]) for _ in range(50000)])
write("08-multiples-of-small", [rng.choice([2, 3, 5, 7]) * rng.randint(1, A // 7) for _ in range(60000)])
write("09-primes-large", [999983, 999979, 999961, 999959, 999953] * 3)
write("10-divisor-rich", [720720, 360360, 997920, 942480, 831600, 982800, 970200] * 10 + [rng.randint(1, A) for _ in range(5)])
