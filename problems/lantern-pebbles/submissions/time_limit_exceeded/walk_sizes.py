# Naive: computes the status of every size up to n, keeping the last four: O(n) per game.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for x in data[1 : t + 1]:
    n = int(x)
    a, b, c, d = True, False, True, True  # sizes s-4 .. s-1 for s = 5
    for s in range(5, n + 1):
        a, b, c, d = b, c, d, (not d) or (not b) or (not a)
    win = [False, True, False, True, True][n] if n <= 4 else d
    out.append("Alice" if win else "Bob")
print("\n".join(out))
