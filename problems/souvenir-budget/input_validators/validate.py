"""Souvenir Budget input: n B, then n prices; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* (0|[1-9][0-9]*)", lines[0]), "n B"
n, budget = map(int, lines[0].split())
assert 1 <= n <= 100000, "n out of range"
assert 0 <= budget <= 10**18, "B out of range"
prices = lines[1].split(" ")
assert len(prices) == n, "n prices"
for price in prices:
    assert re.fullmatch(r"[1-9][0-9]*", price), f"price {price!r}"
    assert 1 <= int(price) <= 10**9, "p_i out of range"
sys.exit(42)
