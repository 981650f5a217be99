"""Courier Route Count input: one integer k; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert re.fullmatch(r"[1-9][0-9]*\n", data), "one integer and a newline"
assert 1 <= int(data) <= 10**9, "k out of range"
sys.exit(42)
