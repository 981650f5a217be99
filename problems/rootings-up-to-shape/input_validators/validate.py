import re
import sys

INT = re.compile(r"(0|-?[1-9][0-9]*)")
data = sys.stdin.buffer.read().decode("ascii")
lines = data.split("\n")
assert lines[-1] == "", "the input ends with a newline"
lines.pop()
pos = 0


def line_ints(count=None, lo=None, hi=None):
    global pos
    assert pos < len(lines), "missing line"
    text = lines[pos]
    pos += 1
    parts = text.split(" ") if text else []
    if count is not None:
        assert len(parts) == count, f"expected {count} numbers on line {pos}"
    out = []
    for part in parts:
        assert INT.fullmatch(part), f"bad integer {part!r}"
        value = int(part)
        if lo is not None:
            assert lo <= value <= hi, f"{value} out of range on line {pos}"
        out.append(value)
    return out


def check_tree(n, P):
    """P[i] (i = 2..n) is the parent of i; the parents must lead every vertex to 1."""
    state = [0] * (n + 1)
    state[1] = 2
    for s in range(2, n + 1):
        assert P[s] != s, "self loop"
        path = []
        v = s
        while state[v] == 0:
            state[v] = 1
            path.append(v)
            v = P[v]
        assert state[v] == 2, "the parents form a cycle"
        for u in path:
            state[u] = 2


def finish():
    assert pos == len(lines), "extra lines"
    sys.exit(42)

(n,) = line_ints(1, 2, 10**5)
P = [0, 0] + line_ints(n - 1, 1, n)
check_tree(n, P)
finish()
