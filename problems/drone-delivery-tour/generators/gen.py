"""Secret tests for Drone Delivery Tour: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(18001800)


def write(name, d):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(d)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in d))


def random_matrix(n, lo, hi):
    return [[0 if i == j else rng.randint(lo, hi) for j in range(n)] for i in range(n)]


def points_matrix(n):
    pts = [(rng.randint(0, 300000), rng.randint(0, 300000)) for _ in range(n)]
    return [[abs(a[0] - b[0]) + abs(a[1] - b[1]) for b in pts] for a in pts]


write("01-two-zero", [[0, 0], [0, 0]])
write("02-three", random_matrix(3, 0, 10))
write("03-small-random", random_matrix(6, 1, 100))
write("04-all-max", [[0 if i == j else 10**6 for j in range(16)] for i in range(16)])
# A cheap chain 1->2->...->n tempts the nearest-pad greedy into an expensive return.
d = random_matrix(12, 1000, 5000)
for i in range(11):
    d[i][i + 1] = 1
d[11][0] = 10**6
write("05-greedy-trap", d)
write("06-max-random", random_matrix(16, 0, 10**6))
write("07-max-manhattan", points_matrix(16))
write("08-max-small-values", random_matrix(16, 0, 5))
write("09-fifteen", random_matrix(15, 1, 10**6))
