# Raises the load limit one tonne at a time from the heaviest crate: O(n * answer).
import sys

data = sys.stdin.buffer.read().split()
n, m, c = int(data[0]), int(data[1]), int(data[2])
w = list(map(int, data[3 : 3 + n]))


def fits(cap):
    lorries = 0
    load = taken = 0
    for x in w:
        if taken == 0 or taken == c or load + x > cap:
            lorries += 1
            if lorries > m:
                return False
            load = taken = 0
        load += x
        taken += 1
    return True


cap = max(w)
while not fits(cap):
    cap += 1
print(cap)
