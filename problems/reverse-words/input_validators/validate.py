"""Reverse the Words input: one line of lowercase words joined by single spaces; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert data.endswith("\n") and data.count("\n") == 1, "exactly one line"
line = data[:-1]
assert 1 <= len(line) <= 10**6, "line length"
assert re.fullmatch(r"[a-z]+( [a-z]+)*", line), "words of lowercase letters, single spaces"
sys.exit(42)
