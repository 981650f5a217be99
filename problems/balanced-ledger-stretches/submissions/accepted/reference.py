import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), int(data[1])
seen = {0: 1}
prefix = answer = 0
for a in map(int, data[2 : n + 2]):
    prefix += a
    answer += seen.get(prefix - s, 0)
    seen[prefix] = seen.get(prefix, 0) + 1
print(answer)
