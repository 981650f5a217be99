"""Orchard Sightlines input: t, then t lines 'n m'; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "", "input ends in a newline"
    lines = lines[:-1]
    assert INT.fullmatch(lines[0]), "t"
    t = int(lines[0])
    assert 1 <= t <= 3000, "t out of range"
    assert len(lines) == t + 1, "t rectangle lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 2 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        n, m = map(int, parts)
        assert 1 <= n <= 10**6 and 1 <= m <= 10**6, "n, m out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
