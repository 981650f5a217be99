"""Treasure Tour input: n m, line of n coins, m lines a b; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 1 <= n <= 5 * 10**4 and 0 <= m <= 5 * 10**4, "n, m out of range"
assert len(lines) == m + 2, "coin line and m door lines"
coins = lines[1].split(" ")
assert len(coins) == n, "n coins"
for x in coins:
    assert re.fullmatch(r"0|[1-9][0-9]*", x) and int(x) <= 10**9, "coin value"
for line in lines[2:]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), "a b"
    a, b = map(int, line.split())
    assert 1 <= a <= n and 1 <= b <= n, "door"
sys.exit(42)
