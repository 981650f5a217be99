"""Lampposts on the Avenue input: t, then t lines 'l r k'; exit 42 if valid, 43 otherwise."""
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
    assert 1 <= t <= 10**4, "t out of range"
    assert len(lines) == t + 1, "t question lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 3 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        l, r, k = map(int, parts)
        assert 1 <= l <= r <= 10**18, "l, r out of range"
        assert 1 <= k <= 10**18, "k out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
