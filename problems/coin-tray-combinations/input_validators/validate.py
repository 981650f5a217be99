"""Coin Tray Combinations input: n s, then n distinct values; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n s"
n, s = map(int, lines[0].split())
assert 1 <= n <= 100 and 1 <= s <= 10**5, "n, s out of range"
coins = lines[1].split(" ")
assert len(coins) == n, "n values"
for c in coins:
    assert re.fullmatch(r"[1-9][0-9]*", c), f"value {c!r}"
    assert 1 <= int(c) <= 10**5, "c_i out of range"
assert len(set(map(int, coins))) == n, "values must be different"
sys.exit(42)
