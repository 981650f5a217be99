"""Bell Tower Chimes input: 'n k', then k integers; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "" and len(lines) == 3, "two lines, each ending in a newline"
    first = lines[0].split(" ")
    assert len(first) == 2 and all(INT.fullmatch(p) for p in first), "n k"
    n, k = map(int, first)
    assert 1 <= n <= 10**18, "n out of range"
    assert 1 <= k <= 18, "k out of range"
    numbers = lines[1].split(" ")
    assert len(numbers) == k, "k numbers"
    for number in numbers:
        assert INT.fullmatch(number), f"integer {number!r}"
        assert 1 <= int(number) <= 10**18, "a_i out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
