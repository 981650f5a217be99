import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    v = list(map(int, data[2:2 + n]))
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + v[i]
    # e[j] = prefix[j-1] - D[j] for 1-based j; D[n+1] = 0.
    e = [0] * (n + 2)
    e[n + 1] = prefix[n]
    window = deque([n + 1])
    best = 0
    for i in range(n, 0, -1):
        while window[0] > i + k:
            window.popleft()
        best = e[window[0]] - prefix[i - 1]
        e[i] = prefix[i - 1] - best
        while window and e[window[-1]] <= e[i]:
            window.pop()
        window.append(i)
    print(best)


main()
