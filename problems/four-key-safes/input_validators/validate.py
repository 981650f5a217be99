"""Four-Key Safes input: a single integer n; exit 42 if valid, 43 otherwise."""
import re
import sys

try:
    data = sys.stdin.buffer.read().decode("ascii")
    assert re.fullmatch(r"[1-9][0-9]*\n", data), "one integer and a newline"
    assert 1 <= int(data) <= 10**10, "n out of range"
except (AssertionError, UnicodeDecodeError) as error:
    print(error, file=sys.stderr)
    sys.exit(43)
sys.exit(42)
