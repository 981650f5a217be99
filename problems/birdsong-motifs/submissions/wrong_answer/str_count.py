# Plausible mistake: str.count counts non-overlapping occurrences only.
import sys

s, p = sys.stdin.buffer.read().split()
print(s.count(p))
