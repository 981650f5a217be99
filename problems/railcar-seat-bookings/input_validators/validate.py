"""Railcar Seat Bookings input; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends with a newline"
assert re.fullmatch(r"[1-9][0-9]* [1-9][0-9]*", lines[0]), "n q"
n, q = map(int, lines[0].split())
assert 1 <= n <= 100000 and 1 <= q <= 100000, "n, q out of range"
assert len(lines) == q + 3, "line count"
caps = lines[1].split(" ")
assert len(caps) == n, "n capacities"
for cap in caps:
    assert re.fullmatch(r"[1-9][0-9]*", cap) and int(cap) <= 10**9, f"capacity {cap!r}"
is_booking = [False] * (q + 1)
cancelled = [False] * (q + 1)
for t in range(1, q + 1):
    line = lines[t + 1]
    if line.startswith("1 "):
        assert re.fullmatch(r"1 [1-9][0-9]* [1-9][0-9]* [1-9][0-9]*", line), f"booking {line!r}"
        _, l, r, k = map(int, line.split())
        assert 1 <= l <= r <= n and 1 <= k <= 10**9, "booking out of range"
        is_booking[t] = True
    else:
        assert re.fullmatch(r"2 [1-9][0-9]*", line), f"cancel {line!r}"
        j = int(line.split()[1])
        assert j < t and is_booking[j] and not cancelled[j], "bad cancellation"
        cancelled[j] = True
sys.exit(42)
