"""Anagram Twins input: n, then n words of 1..10 lowercase letters; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines.pop()
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 1 <= n <= 10**5, "n out of range"
assert len(lines) == n + 1, "n words"
for word in lines[1:]:
    assert re.fullmatch(r"[a-z]{1,10}", word), "word"
sys.exit(42)
