"""Ratios on the Ruler input: q, then q integers; exit 42 if valid, 43 otherwise."""
import re
import sys

try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
    assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "q"
    q = int(lines[0])
    assert 1 <= q <= 10**5, "q out of range"
    numbers = lines[1].split(" ")
    assert len(numbers) == q, "q numbers"
    for number in numbers:
        assert re.fullmatch(r"[1-9][0-9]*", number), f"integer {number!r}"
        assert 1 <= int(number) <= 10**6, "n_i out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
