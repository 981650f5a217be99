"""Rise and Fall Queue input: n a b; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*) ([1-9][0-9]*)\n", data)
assert m, "three integers and a newline"
n, a, b = map(int, m.groups())
assert 1 <= n <= 10**5 and 1 <= a <= 10**5 and 1 <= b <= 10**5, "out of range"
sys.exit(42)
