"""Window Temperature Spread input: n k, then n readings; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n k"
n, k = map(int, lines[0].split())
assert 1 <= k <= n <= 200000, "n, k out of range"
numbers = lines[1].split(" ")
assert len(numbers) == n, "n numbers"
for number in numbers:
    assert re.fullmatch(r"-?(0|[1-9][0-9]*)", number) and number != "-0", f"integer {number!r}"
    assert -10**9 <= int(number) <= 10**9, "t_i out of range"
sys.exit(42)
