"""Festival Tents input: k, then a line of 1..10^6 letters S/R, 0 <= k <= |s|; exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert len(lines) == 3 and lines[2] == "", "two lines"
assert re.fullmatch(r"0|[1-9][0-9]*", lines[0]), "k"
assert re.fullmatch(r"[SR]{1,1000000}", lines[1]), "forecast"
assert 0 <= int(lines[0]) <= len(lines[1]), "k out of range"
sys.exit(42)
