"""Secret tests for Flooded Quarry Pools: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5150001)


def write(name, grid):
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write(f"{len(grid)} {len(grid[0])}\n")
        handle.write("".join(row + "\n" for row in grid))


def random_grid(r, c, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(c)) for _ in range(r)]


write("01-single-dry", ["."])
write("02-single-water", ["#"])
write("03-all-dry", ["." * 7] * 5)
write("04-one-row", [random_grid(1, 60, 0.6)[0]])
write("05-one-column", [row for row in ["#", ".", "#", "#", ".", ".", "#"]])
# Checkerboard: every water cell touches others only at corners.
write("06-checkerboard", ["".join("#" if (i + j) % 2 == 0 else "." for j in range(50)) for i in range(40)])
write("07-random-small", random_grid(12, 15, 0.45))
write("08-random-medium", random_grid(200, 300, 0.55))
# Diagonal staircases: 8-neighbour fills merge them.
stairs = []
for i in range(300):
    stairs.append("".join("#" if (j - i) % 5 == 0 or (j + i) % 7 == 0 else "." for j in range(300)))
write("09-diagonals", stairs)
# One huge snake-shaped pool: deep for recursive fills, and hopeless for one fill per cell.
snake = []
n = 800
for i in range(n):
    if i % 2 == 0:
        snake.append("#" * n)
    elif i % 4 == 1:
        snake.append("." * (n - 1) + "#")
    else:
        snake.append("#" + "." * (n - 1))
write("10-max-snake", snake)
write("11-max-random", random_grid(800, 800, 0.5))
write("12-all-water", ["#" * 300] * 250)
