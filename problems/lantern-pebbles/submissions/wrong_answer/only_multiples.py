# Plausible mistake: assumes, as in the take-1-to-k game, that only multiples lose.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
print("\n".join("Bob" if int(x) % 7 == 0 else "Alice" for x in data[1 : t + 1]))
