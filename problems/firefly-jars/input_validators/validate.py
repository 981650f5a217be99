"""Firefly Jars input: n m, the release set, the jars; exit 42 if valid, 43 otherwise."""
import re
import sys

NUM = re.compile(r"0|[1-9][0-9]*")
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert len(lines) == 4 and lines[-1] == "", "three lines, each ending in a newline"
head = lines[0].split(" ")
assert len(head) == 2 and all(NUM.fullmatch(h) for h in head), "n m"
n, m = int(head[0]), int(head[1])
assert 1 <= n <= 10**5 and 1 <= m <= 10, "n or m out of range"
s = lines[1].split(" ")
assert len(s) == m and all(NUM.fullmatch(v) for v in s), "m numbers"
s = list(map(int, s))
assert all(1 <= v <= 10**5 for v in s) and len(set(s)) == m, "release set"
a = lines[2].split(" ")
assert len(a) == n and all(NUM.fullmatch(v) for v in a), "n numbers"
assert all(0 <= int(v) <= 10**5 for v in a), "a_i out of range"
sys.exit(42)
