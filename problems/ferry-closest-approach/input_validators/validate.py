"""Ferry Closest Approach input: n p q, then n points; exit 42 if valid, 43 otherwise."""
import re
import sys

INT = re.compile(r"-?(0|[1-9][0-9]*)")
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
lines = lines[:-1]
head = lines[0].split(" ")
assert len(head) == 3, "n p q"
assert re.fullmatch(r"[1-9][0-9]*", head[0]), "n"
n = int(head[0])
assert 2 <= n <= 5 * 10**4, "n out of range"
assert len(lines) == n + 1, "n point lines"
values = head[1:]
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 2, "two numbers a line"
    values += parts
for v in values:
    assert INT.fullmatch(v) and v != "-0", f"integer {v!r}"
    assert -10**6 <= int(v) <= 10**6, "coordinate out of range"
sys.exit(42)
