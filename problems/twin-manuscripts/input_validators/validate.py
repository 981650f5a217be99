"""Twin Manuscripts input: two lines of 1..10^5 lowercase letters; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert len(lines) == 3 and lines[2] == "", "two lines"
for line in lines[:2]:
    assert re.fullmatch(r"[a-z]{1,100000}", line), "manuscript"
sys.exit(42)
