# Plausible mistake: subtracts version l instead of l - 1, so crate l is left out.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    w = list(map(int, data[2 : n + 2]))
    values = sorted(set(w))
    rank = {v: i for i, v in enumerate(values)}
    m = len(values)
    size = 1
    while size < m:
        size <<= 1
    cap = (n + 1) * (size.bit_length() + 1) + 1
    lc = [0] * cap
    rc = [0] * cap
    cnt = [0] * cap
    nodes = 1
    root = [0] * (n + 1)
    for i in range(n):
        pos = rank[w[i]]
        prev = root[i]
        cur = nodes
        root[i + 1] = cur
        lo, hi = 0, size
        while True:
            nodes += 1
            lc[cur] = lc[prev]
            rc[cur] = rc[prev]
            cnt[cur] = cnt[prev] + 1
            if hi - lo == 1:
                break
            mid = (lo + hi) >> 1
            nxt = nodes
            if pos < mid:
                lc[cur] = nxt
                prev = lc[prev]
                hi = mid
            else:
                rc[cur] = nxt
                prev = rc[prev]
                lo = mid
            cur = nxt
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        a, b = root[r], root[l]
        lo, hi = 0, size
        while hi - lo > 1:
            mid = (lo + hi) >> 1
            left = cnt[lc[a]] - cnt[lc[b]]
            if k <= left:
                a, b, hi = lc[a], lc[b], mid
            else:
                k -= left
                a, b, lo = rc[a], rc[b], mid
        out.append(values[min(lo, m - 1)])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
