"""Exact Disorder input: n and k; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
m = re.fullmatch(r"([1-9][0-9]*) (0|[1-9][0-9]*)\n", data)
assert m, "two integers and a newline"
assert 1 <= int(m.group(1)) <= 10**5, "n out of range"
assert 0 <= int(m.group(2)) <= 10**10, "k out of range"
sys.exit(42)
