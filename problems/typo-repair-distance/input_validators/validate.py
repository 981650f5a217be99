"""Typo Repair Distance input: I D R, then s and t; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 4, "three lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", lines[0]), "I D R"
assert all(1 <= int(x) <= 1000 for x in lines[0].split()), "costs out of range"
for word in lines[1:3]:
    assert re.fullmatch(r"[a-z]{1,2000}", word), "word"
sys.exit(42)
