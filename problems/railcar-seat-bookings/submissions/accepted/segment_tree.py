import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    size, height = 1, 0
    while size < n:
        size <<= 1
        height += 1
    INF = 1 << 62
    t = [INF] * (2 * size)
    d = [0] * size
    for i in range(n):
        t[size + i] = int(data[2 + i])
    for p in range(size - 1, 0, -1):
        t[p] = min(t[2 * p], t[2 * p + 1])

    def push(p):
        for s in range(height, 0, -1):
            i = p >> s
            v = d[i]
            if v:
                a = 2 * i
                t[a] += v
                t[a + 1] += v
                if a < size:
                    d[a] += v
                    d[a + 1] += v
                d[i] = 0

    def rebuild(p):
        while p > 1:
            p >>= 1
            a = t[2 * p]
            b = t[2 * p + 1]
            t[p] = (a if a < b else b) + d[p]

    def add(l, r, v):
        l += size
        r += size
        l0, r0 = l, r - 1
        while l < r:
            if l & 1:
                t[l] += v
                if l < size:
                    d[l] += v
                l += 1
            if r & 1:
                r -= 1
                t[r] += v
                if r < size:
                    d[r] += v
            l >>= 1
            r >>= 1
        rebuild(l0)
        rebuild(r0)

    def query(l, r):
        l += size
        r += size
        push(l)
        push(r - 1)
        res = INF
        while l < r:
            if l & 1:
                if t[l] < res:
                    res = t[l]
                l += 1
            if r & 1:
                r -= 1
                if t[r] < res:
                    res = t[r]
            l >>= 1
            r >>= 1
        return res

    booked = {}
    out = []
    pos = 2 + n
    for i in range(1, q + 1):
        if data[pos] == b"1":
            l, r, k = int(data[pos + 1]) - 1, int(data[pos + 2]), int(data[pos + 3])
            pos += 4
            if query(l, r) >= k:
                add(l, r, -k)
                booked[i] = (l, r, k)
                out.append("YES")
            else:
                out.append("NO")
        else:
            j = int(data[pos + 1])
            pos += 2
            if j in booked:
                l, r, k = booked.pop(j)
                add(l, r, k)
    sys.stdout.write("\n".join(out) + "\n")


main()
