"""Shrinking Towers input: n, then n integers; exit 42 if valid, 43 otherwise."""
import re
import sys

try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
    assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
    n = int(lines[0])
    assert 1 <= n <= 100000, "n out of range"
    numbers = lines[1].split(" ")
    assert len(numbers) == n, "n numbers"
    for number in numbers:
        assert re.fullmatch(r"[1-9][0-9]*", number), f"integer {number!r}"
        assert 1 <= int(number) <= 10**9, "a_i out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
