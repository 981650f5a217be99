"""Orchard Grid Paths input: n m, then n rows of m characters from '.#'; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n m"
n, m = map(int, lines[0].split())
assert 1 <= n <= 500 and 1 <= m <= 500, "n, m out of range"
assert len(lines) == n + 1, "n rows"
for row in lines[1:]:
    assert re.fullmatch(r"[.#]{%d}" % m, row), "row"
sys.exit(42)
