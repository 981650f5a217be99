# Plausible mistake: takes the start of the smallest suffix of s, ignoring the wrap-around
# (a short suffix such as "a" wins although its rotation continues with larger letters).
import sys


def smallest_suffix(s):
    n = len(s)
    best = 0
    for i in range(1, n):
        if s[i:] < s[best:]:
            best = i
    return best


data = sys.stdin.buffer.read().split()
print("\n".join(str(smallest_suffix(s) + 1) for s in data[1:]))
