# Plausible mistake: compares the sets of letters, ignoring how often each letter occurs.
import sys

count = {}
for word in sys.stdin.buffer.read().split()[1:]:
    key = frozenset(word)
    count[key] = count.get(key, 0) + 1
print(sum(c * (c - 1) // 2 for c in count.values()))
