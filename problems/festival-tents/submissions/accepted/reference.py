import sys

data = sys.stdin.buffer.read().split()
k, s = int(data[0]), data[1]
rainy = ord("R")
left = rain = best = 0
for right in range(len(s)):
    if s[right] == rainy:
        rain += 1
    while rain > k:
        if s[left] == rainy:
            rain -= 1
        left += 1
    best = max(best, right - left + 1)
print(best)
