"""Orchard Fence Area input: n, then n corners of a simple polygon; exit 42 if valid, 43 otherwise."""
import re
import sys

data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "ends in a newline"
lines = lines[:-1]
assert re.fullmatch(r"[1-9][0-9]*", lines[0]), "n"
n = int(lines[0])
assert 3 <= n <= 1000, "n out of range"
assert len(lines) == n + 1, "n corner lines"
pts = []
for line in lines[1:]:
    parts = line.split(" ")
    assert len(parts) == 2, "two numbers a line"
    for part in parts:
        assert re.fullmatch(r"-?(0|[1-9][0-9]*)", part) and part != "-0", f"integer {part!r}"
        assert -10**6 <= int(part) <= 10**6, "coordinate out of range"
    pts.append((int(parts[0]), int(parts[1])))


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


for i in range(n):
    assert cross(pts[i], pts[(i + 1) % n], pts[(i + 2) % n]) != 0, "three consecutive corners on a line"


def on_segment(p, q, r):
    return min(p[0], r[0]) <= q[0] <= max(p[0], r[0]) and min(p[1], r[1]) <= q[1] <= max(p[1], r[1])


def touch(p1, p2, p3, p4):
    d1 = cross(p3, p4, p1)
    d2 = cross(p3, p4, p2)
    d3 = cross(p1, p2, p3)
    d4 = cross(p1, p2, p4)
    if ((d1 > 0 and d2 < 0) or (d1 < 0 and d2 > 0)) and ((d3 > 0 and d4 < 0) or (d3 < 0 and d4 > 0)):
        return True
    if d1 == 0 and on_segment(p3, p1, p4):
        return True
    if d2 == 0 and on_segment(p3, p2, p4):
        return True
    if d3 == 0 and on_segment(p1, p3, p2):
        return True
    if d4 == 0 and on_segment(p1, p4, p2):
        return True
    return False


segs = []
for i in range(n):
    a, b = pts[i], pts[(i + 1) % n]
    segs.append((a, b, min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])))
for i in range(n):
    a, b, x0, x1, y0, y1 = segs[i]
    for j in range(i + 2, n):
        if i == 0 and j == n - 1:
            continue
        c, d, u0, u1, v0, v1 = segs[j]
        if u0 > x1 or x0 > u1 or v0 > y1 or y0 > v1:
            continue
        assert not touch(a, b, c, d), "the polygon is not simple"
sys.exit(42)
