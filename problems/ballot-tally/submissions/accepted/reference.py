import sys

count = {}
for name in sys.stdin.buffer.read().split()[1:]:
    count[name] = count.get(name, 0) + 1
name, votes = min(count.items(), key=lambda item: (-item[1], item[0]))
print(name.decode(), votes)
