"""Ridge Cable Pairs input: n, then n heights; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 2 <= n <= 200000, "n out of range"
numbers = lines[1].split(" ")
assert len(numbers) == n, "n numbers"
for number in numbers:
    assert re.fullmatch(r"[1-9][0-9]*", number), f"integer {number!r}"
    assert 1 <= int(number) <= 10**9, "h_i out of range"
sys.exit(42)
