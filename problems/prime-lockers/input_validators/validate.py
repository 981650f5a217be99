"""Prime Lockers input: q, then q lines 'l r'; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "", "input ends in a newline"
    lines = lines[:-1]
    assert INT.fullmatch(lines[0]), "q"
    q = int(lines[0])
    assert 1 <= q <= 5 * 10**4, "q out of range"
    assert len(lines) == q + 1, "q question lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 2 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        l, r = map(int, parts)
        assert 1 <= l <= r <= 5 * 10**6, "l, r out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
