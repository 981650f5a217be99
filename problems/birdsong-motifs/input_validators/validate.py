"""Birdsong Motifs input: line s (1..10^6 letters), line p (1..10 letters); exit 42 if valid."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert len(lines) == 3 and lines[2] == "", "two lines"
assert re.fullmatch(r"[a-z]{1,1000000}", lines[0]), "song"
assert re.fullmatch(r"[a-z]{1,10}", lines[1]), "motif"
sys.exit(42)
