"""Distinct Stamps input: n q, kinds, q questions l r; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 100000 and 1 <= q <= 100000, "n, q out of range"
assert len(lines) == q + 3, "line count"
numbers = lines[1].split(" ")
assert len(numbers) == n, "n kinds"
for number in numbers:
    assert re.fullmatch(r"[1-9][0-9]*", number), f"integer {number!r}"
    assert 1 <= int(number) <= 10**9, "c_i out of range"
for line in lines[2 : q + 2]:
    assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", line), f"question {line!r}"
    l, r = map(int, line.split())
    assert 1 <= l <= r <= n, "l, r out of range"
sys.exit(42)
