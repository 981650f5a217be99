"""Festival Calendars input: n, then n lines 'r m'; exit 42 if valid, 43 otherwise."""
import re
import sys
from math import gcd

INT = re.compile(r"0|[1-9][0-9]*")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert lines[-1] == "", "input ends in a newline"
    lines = lines[:-1]
    assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
    n = int(lines[0])
    assert 1 <= n <= 10**5, "n out of range"
    assert len(lines) == n + 1, "n island lines"
    lcm = 1
    for line in lines[1:]:
        parts = line.split(" ")
        assert len(parts) == 2 and all(INT.fullmatch(p) for p in parts), f"bad line {line!r}"
        r, m = map(int, parts)
        assert 1 <= m <= 10**9, "m out of range"
        assert 0 <= r < m, "r out of range"
        lcm = lcm // gcd(lcm, m) * m
        assert lcm <= 10**18, "lcm of the periods exceeds 1e18"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
