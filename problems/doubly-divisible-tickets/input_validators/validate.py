"""Doubly Divisible Tickets input: one line L R k; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*\n", data), "L R k"
L, R, k = map(int, data.split())
assert 1 <= L <= R <= 10**18, "L, R out of range"
assert 1 <= k <= 100, "k out of range"
sys.exit(42)
