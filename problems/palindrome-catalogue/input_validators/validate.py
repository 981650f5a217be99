"""Palindrome Catalogue input: one line of 1..3*10^5 lowercase letters; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert data.endswith("\n") and data.count("\n") == 1, "exactly one line"
assert re.fullmatch(r"[a-z]{1,300000}\n", data), "lowercase letters"
sys.exit(42)
