# Plausible mistake: strict comparisons on both sides, so a pair whose maximum repeats is
# counted once per copy of the maximum.
import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1 : n + 1]))
    where = {}
    for i, v in enumerate(h):
        if v in where:
            where[v].append(i)
        else:
            where[v] = [i]
    left = [0] * n
    st = []
    for i in range(n):
        x = h[i]
        while st and h[st[-1]] <= x:
            st.pop()
        left[i] = st[-1] if st else -1
        st.append(i)
    right = [0] * n
    st = []
    for i in range(n - 1, -1, -1):
        x = h[i]
        while st and h[st[-1]] <= x:
            st.pop()
        right[i] = st[-1] if st else n
        st.append(i)
    answer = 0
    for mid in range(n):
        lo, hi = left[mid] + 1, right[mid] - 1
        top = h[mid]
        if mid - lo <= hi - mid:
            a, b = mid + 1, hi
            side = range(lo, mid)
        else:
            a, b = lo, mid - 1
            side = range(mid + 1, hi + 1)
        if a > b:
            continue
        for x in side:
            w = where.get(top - h[x])
            if w is not None:
                answer += bisect_right(w, b) - bisect_left(w, a)
    print(answer)


main()
