"""Sticky Keys input: one line of 1..10^6 lowercase letters; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert data.endswith("\n") and data.count("\n") == 1, "exactly one line"
assert 1 <= len(data) - 1 <= 10**6, "length"
assert re.fullmatch(r"[a-z]+\n", data), "lowercase letters"
sys.exit(42)
