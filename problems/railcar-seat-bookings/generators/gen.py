"""Secret tests for Railcar Seat Bookings: python3 gen.py OUT_DIR (seeded).

Requests are generated against a simulation of the office, so that roughly half of the
bookings are accepted and cancellations hit both accepted and rejected bookings.
"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(200020)
LIMIT = 10**9


class Office:
    """Range add / range min over the free seats (segment tree with pending adds)."""

    def __init__(self, caps):
        size = 1
        while size < len(caps):
            size *= 2
        self.size = size
        self.t = [1 << 62] * (2 * size)
        self.d = [0] * (2 * size)
        self.t[size : size + len(caps)] = caps
        for p in range(size - 1, 0, -1):
            self.t[p] = min(self.t[2 * p], self.t[2 * p + 1])

    def _min(self, p, lo, hi, l, r):
        if r <= lo or hi <= l:
            return 1 << 62
        if l <= lo and hi <= r:
            return self.t[p]
        mid = (lo + hi) // 2
        return min(self._min(2 * p, lo, mid, l, r), self._min(2 * p + 1, mid, hi, l, r)) + self.d[p]

    def _add(self, p, lo, hi, l, r, v):
        if r <= lo or hi <= l:
            return
        if l <= lo and hi <= r:
            self.t[p] += v
            self.d[p] += v
            return
        mid = (lo + hi) // 2
        self._add(2 * p, lo, mid, l, r, v)
        self._add(2 * p + 1, mid, hi, l, r, v)
        self.t[p] = min(self.t[2 * p], self.t[2 * p + 1]) + self.d[p]

    def min(self, l, r):
        return self._min(1, 0, self.size, l, r)

    def add(self, l, r, v):
        self._add(1, 0, self.size, l, r, v)


def make(n, q, cap_lo, cap_hi, cancel_rate, min_len=1, max_len=None, k_hi=None):
    caps = [rng.randint(cap_lo, cap_hi) for _ in range(n)]
    office = Office(caps)
    max_len = max_len or n
    requests, accepted, rejected, info = [], [], [], {}
    for t in range(1, q + 1):
        if (accepted or rejected) and rng.random() < cancel_rate:
            pool = accepted if accepted and (not rejected or rng.random() < 0.75) else rejected
            j = pool.pop(rng.randrange(len(pool)))
            if pool is accepted:
                l, r, k = info[j]
                office.add(l - 1, r, k)
            requests.append((2, j))
        else:
            length = rng.randint(min_len, max_len)
            l = rng.randint(1, n - length + 1)
            r = l + length - 1
            free = office.min(l - 1, r)
            k = rng.randint(max(1, free - free // 3), free + free // 3 + 1)
            if k_hi:
                k = rng.randint(1, k_hi)
            k = min(k, LIMIT)
            info[t] = (l, r, k)
            requests.append((1, l, r, k))
            if k <= free:
                office.add(l - 1, r, -k)
                accepted.append(t)
            else:
                rejected.append(t)
    return caps, requests


def write(name, caps, requests):
    lines = [f"{len(caps)} {len(requests)}", " ".join(map(str, caps))]
    lines += [" ".join(map(str, req)) for req in requests]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


write("01-single-leg", [LIMIT], [(1, 1, 1, LIMIT), (1, 1, 1, 1), (2, 1), (1, 1, 1, 1)])
write("02-cancel-rejected", [1, 1], [(1, 1, 2, 2), (2, 1), (1, 1, 2, 1), (1, 2, 2, 1)])
write("03-small-random", *make(6, 40, 1, 6, 0.3))
write("04-medium-busy", *make(200, 3000, 5, 30, 0.35))
write("05-big-numbers", *make(1000, 3000, LIMIT - 10, LIMIT, 0.3))
write("06-many-cancels", *make(2000, 8000, 1, 20, 0.5))
write("07-short-trips", *make(300, 5000, 1, 4, 0.3, max_len=5))
# Long ranges, mostly accepted: checking every leg costs ~n per request.
write("08-max-long-ranges", *make(100000, 35000, 500, 600, 0.45, min_len=90000, k_hi=2))
write("09-max-random", *make(50000, 30000, 1, 60, 0.3, max_len=3000))
write("10-tight", *make(5000, 10000, 1, 3, 0.4, max_len=50))
