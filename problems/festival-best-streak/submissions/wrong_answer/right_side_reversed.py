# Plausible mistake: the nodes met on the right side are folded in the order they are met
# (right to left), as if the merge were commutative.
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
    X = [NEG] * (2 * size)
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
        S[p] = S[a] + S[b]
        P[p] = max(P[a], S[a] + P[b])
        X[p] = max(X[b], S[b] + X[a])
        B[p] = max(B[a], B[b], X[a] + P[b])

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
            nodes = []
            while l < r:
                if l & 1:
                    nodes.append(l)
                    l += 1
                if r & 1:
                    r -= 1
                    nodes.append(r)
                l >>= 1
                r >>= 1
            s = pre = suf = best = None
            for node in nodes:
                if s is None:
                    s, pre, suf, best = S[node], P[node], X[node], B[node]
                    continue
                ns, npre, nsuf, nbest = S[node], P[node], X[node], B[node]
                best = max(best, nbest, suf + npre)
                pre = max(pre, s + npre)
                suf = max(nsuf, ns + suf)
                s += ns
            out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
