"""Secret tests for Crate Tower: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(19010)
V = 10**9


def write(name, crates):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(crates)}\n" + "".join(f"{w} {s}\n" for w, s in crates))


def crates(count, wmax, smax):
    return [(rng.randint(1, wmax), rng.randint(1, smax)) for _ in range(count)]


write("01-single-max", [(V, V)])
write("02-two", [(5, 1), (4, 100)])
write("03-small-random", crates(6, 10, 10))
write("04-small-random-2", crates(8, 20, 5))
write("05-equal-sum", [(i, 100 - i) for i in range(1, 100)])
write("06-strong-light", crates(500, 10, V))
write("07-weak-heavy", crates(500, V, 10))
write("08-mixed", crates(3000, V, V))
# Heavy tower: the running weight reaches 5e13.
write("09-max-heavy", crates(50000, V, 1000))
write("10-max-random", crates(50000, 10**6, 10**6))
write("11-anti-sorts", [(rng.randint(1, 100), rng.randint(10**6, 10**7)) if i % 2 else (rng.randint(10**6, 10**7), rng.randint(1, 100)) for i in range(2000)])
