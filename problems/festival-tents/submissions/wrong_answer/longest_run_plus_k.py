# Plausible mistake: longest sunny run plus k days, as if the k rainy days sat around it.
import sys

data = sys.stdin.buffer.read().split()
k, s = int(data[0]), data[1]
longest = max(len(part) for part in s.split(b"R"))
print(min(len(s), longest + k))
