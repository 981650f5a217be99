import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
crates = sorted((int(data[1 + 2 * i]) + int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
above, worst = 0, None
for total, w in crates:
    strain = above - (total - w)
    if worst is None or strain > worst:
        worst = strain
    above += w
print(worst)
