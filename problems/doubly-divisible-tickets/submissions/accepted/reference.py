import sys

L, R, k = map(int, sys.stdin.buffer.read().split())


def count_up_to(n):
    """Lucky numbers in [0, n]."""
    if n < 0:
        return 0
    # dp[r * k + s]: prefixes already below n's prefix, value r and digit sum s (mod k).
    dp = [0] * (k * k)
    tr = ts = 0
    for d in map(int, str(n)):
        nd = [0] * (k * k)
        for idx in range(k * k):
            c = dp[idx]
            if c:
                r, s = divmod(idx, k)
                r10 = r * 10
                for g in range(10):
                    nd[(r10 + g) % k * k + (s + g) % k] += c
        for g in range(d):
            nd[(tr * 10 + g) % k * k + (ts + g) % k] += 1
        tr, ts = (tr * 10 + d) % k, (ts + d) % k
        dp = nd
    return dp[0] + (1 if tr == 0 and ts == 0 else 0)


print(count_up_to(R) - count_up_to(L - 1))
