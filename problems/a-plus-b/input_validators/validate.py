"""A Plus B input: one line "a b"; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
match = re.fullmatch(r"(-?(?:0|[1-9][0-9]*)) (-?(?:0|[1-9][0-9]*))\n", data)
assert match, "one line with two integers"
for token in match.groups():
    assert token != "-0", "negative zero"
    assert -10**9 <= int(token) <= 10**9, "out of range"
sys.exit(42)
