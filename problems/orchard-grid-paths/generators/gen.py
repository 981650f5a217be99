"""Secret tests for Orchard Grid Paths: python3 gen.py OUT_DIR (seeded: same files every run)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1000507)


def write(name, grid):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid))


def random_grid(n, m, p):
    grid = [["#" if rng.random() < p else "." for _ in range(m)] for _ in range(n)]
    grid[0][0] = grid[n - 1][m - 1] = "."
    return ["".join(row) for row in grid]


write("01-single-free", ["."])
write("02-single-stump", ["#"])
write("03-finish-blocked", ["...", "...", "..#"])
write("04-start-blocked", ["#..", "...", "..."])
write("05-one-row", ["." * 500])
write("06-one-row-blocked", ["." * 200 + "#" + "." * 299])
# A stump on the first row and one on the first column: cells beyond them are unreachable.
g = [list(row) for row in random_grid(40, 50, 0.05)]
g[0][7] = "#"
g[11][0] = "#"
write("07-edge-stumps", ["".join(r) for r in g])
write("08-small-random", random_grid(6, 7, 0.2))
write("09-random-dense", random_grid(300, 300, 0.3))
# Open grid: the count is huge, so naive enumeration never ends and overflow shows.
write("10-max-open", ["." * 500 for _ in range(500)])
g = [list(row) for row in random_grid(500, 500, 0.08)]
g[0][250] = "#"
g[300][0] = "#"
write("11-max-random", ["".join(r) for r in g])
write("12-wall-with-gap", ["." * 30] * 10 + ["#" * 29 + "."] + ["." * 30] * 10)
