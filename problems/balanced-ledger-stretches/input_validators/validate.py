"""Balanced Ledger Stretches input: n s, then n entries; exit 42 if valid, 43 otherwise."""
import re
import sys

INTEGER = r"-?(0|[1-9][0-9]*)"
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* " + INTEGER, lines[0]) and not lines[0].endswith(" -0"), "n s"
n, s = map(int, lines[0].split())
assert 1 <= n <= 200000, "n out of range"
assert -2 * 10**14 <= s <= 2 * 10**14, "s out of range"
numbers = lines[1].split(" ")
assert len(numbers) == n, "n numbers"
for number in numbers:
    assert re.fullmatch(INTEGER, number) and number != "-0", f"integer {number!r}"
    assert -10**9 <= int(number) <= 10**9, "a_i out of range"
sys.exit(42)
