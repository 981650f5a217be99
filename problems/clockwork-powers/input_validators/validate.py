"""Clockwork Powers input: t, then t lines 'a b m'; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "", "input ends in a newline"
    lines = lines[:-1]
    assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "t"
    t = int(lines[0])
    assert 1 <= t <= 10**4, "t out of range"
    assert len(lines) == t + 1, "t dial lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 3 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        a, b, m = map(int, parts)
        assert 0 <= a <= 10**18 and 0 <= b <= 10**18, "a, b out of range"
        assert 1 <= m <= 10**9, "m out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
