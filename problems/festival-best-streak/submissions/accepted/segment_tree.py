import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    size = 1
    while size < n:
        size <<= 1
    NEG = -(1 << 60)
    S = [0] * (2 * size)
    P = [NEG] * (2 * size)
    X = [NEG] * (2 * size)  # best suffix
    B = [NEG] * (2 * size)
    for i in range(n):
        v = int(data[2 + i])
        p = size + i
        S[p] = P[p] = X[p] = B[p] = v

    def pull(p):
        a, b = 2 * p, 2 * p + 1
        if B[b] == NEG:
            S[p], P[p], X[p], B[p] = S[a], P[a], X[a], B[a]
            return
        sa, sb = S[a], S[b]
        S[p] = sa + sb
        pa = sa + P[b]
        P[p] = P[a] if P[a] > pa else pa
        xb = sb + X[a]
        X[p] = X[b] if X[b] > xb else xb
        best = B[a] if B[a] > B[b] else B[b]
        cross = X[a] + P[b]
        B[p] = best if best > cross else cross

    for p in range(size - 1, 0, -1):
        pull(p)
    out = []
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"1":
            p = size + int(data[pos + 1]) - 1
            x = int(data[pos + 2])
            pos += 3
            S[p] = P[p] = X[p] = B[p] = x
            p >>= 1
            while p:
                pull(p)
                p >>= 1
        else:
            l = int(data[pos + 1]) + size - 1
            r = int(data[pos + 2]) + size
            pos += 3
            lefts = []
            rights = []
            while l < r:
                if l & 1:
                    lefts.append(l)
                    l += 1
                if r & 1:
                    r -= 1
                    rights.append(r)
                l >>= 1
                r >>= 1
            lefts.extend(reversed(rights))
            # fold the covering nodes from left to right
            s = pre = suf = best = None
            for node in lefts:
                if s is None:
                    s, pre, suf, best = S[node], P[node], X[node], B[node]
                    continue
                ns, npre, nsuf, nbest = S[node], P[node], X[node], B[node]
                cross = suf + npre
                if nbest > best:
                    best = nbest
                if cross > best:
                    best = cross
                if s + npre > pre:
                    pre = s + npre
                suf = nsuf if nsuf > ns + suf else ns + suf
                s += ns
            out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
