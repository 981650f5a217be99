import sys


def minimal_rotation(s):
    n = len(s)
    d = s + s
    i, j, k = 0, 1, 0
    while i < n and j < n and k < n:
        a = d[i + k]
        b = d[j + k]
        if a == b:
            k += 1
            continue
        if a > b:
            i += k + 1
        else:
            j += k + 1
        if i == j:
            j += 1
        k = 0
    return min(i, j)


data = sys.stdin.buffer.read().split()
print("\n".join(str(minimal_rotation(s) + 1) for s in data[1:]))
