"""Archive Binomials input: 'm q', then q lines 'n k'; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "", "input ends in a newline"
    lines = lines[:-1]
    first = lines[0].split(" ")
    assert len(first) == 2 and all(re.fullmatch(r"[1-9][0-9]*", p) for p in first), "m q"
    m, q = map(int, first)
    assert 1 <= m <= 10**6, "m out of range"
    x, d = m, 2
    while d * d <= x:
        if x % d == 0:
            x //= d
            assert x % d != 0, "m is not squarefree"
        d += 1
    assert 1 <= q <= 2 * 10**4, "q out of range"
    assert len(lines) == q + 1, "q query lines"
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 2 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        n, k = map(int, parts)
        assert 0 <= n <= 10**18 and 0 <= k <= 10**18, "n, k out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
