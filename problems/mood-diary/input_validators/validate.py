"""Mood Diary input: one line of 1..10^6 letters G/B/N; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
assert data.endswith("\n") and data.count("\n") == 1, "exactly one line"
assert re.fullmatch(r"[GBN]{1,1000000}\n", data), "letters G, B, N"
sys.exit(42)
