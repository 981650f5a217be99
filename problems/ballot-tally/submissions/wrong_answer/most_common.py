# Plausible mistake: Counter.most_common breaks ties by first appearance, not alphabetically.
import sys
from collections import Counter

names = sys.stdin.buffer.read().split()[1:]
name, votes = Counter(names).most_common(1)[0]
print(name.decode(), votes)
