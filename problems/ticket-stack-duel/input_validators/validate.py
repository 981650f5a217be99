"""Ticket Stack Duel input: n k, then n ticket values; exit 42 if valid, 43 otherwise."""
import re
import sys

NUM = re.compile(r"-?(0|[1-9][0-9]*)")
try:
    data = sys.stdin.buffer.read().decode("ascii")
    lines = data.split("\n")
    assert len(lines) == 3 and lines[-1] == "", "two lines, each ending in a newline"
    head = lines[0].split(" ")
    assert len(head) == 2 and all(NUM.fullmatch(h) and not h.startswith("-") for h in head), "n k"
    n, k = int(head[0]), int(head[1])
    assert 1 <= n <= 2 * 10**5 and 1 <= k <= n, "n or k out of range"
    v = lines[1].split(" ")
    assert len(v) == n and all(NUM.fullmatch(x) and x != "-0" for x in v), "n integers"
    assert all(-10**9 <= int(x) <= 10**9 for x in v), "v_i out of range"
except (AssertionError, UnicodeDecodeError):
    sys.exit(43)
sys.exit(42)
