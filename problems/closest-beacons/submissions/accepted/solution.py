import sys
from math import sqrt


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pts = sorted(zip(map(int, data[1 : 2 * n + 1 : 2]), map(int, data[2 : 2 * n + 2 : 2])))
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    best = (xs[1] - xs[0]) ** 2 + (ys[1] - ys[0]) ** 2
    # Bottom-up divide and conquer: order holds, block by block, indices sorted by y.
    order = list(range(n))
    width = 1
    while width < n:
        merged = [0] * n
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            # Merge the two y-sorted halves.
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if ys[order[i]] <= ys[order[j]]:
                    merged[k] = order[i]
                    i += 1
                else:
                    merged[k] = order[j]
                    j += 1
                k += 1
            while i < mid:
                merged[k] = order[i]
                i += 1
                k += 1
            while j < hi:
                merged[k] = order[j]
                j += 1
                k += 1
            if mid >= hi:
                continue
            # Pairs across the dividing line: the strip, in y order.
            xm = xs[mid]
            d = sqrt(best)
            strip = [t for t in merged[lo:hi] if abs(xs[t] - xm) < d + 1]
            m = len(strip)
            for a in range(m):
                pa = strip[a]
                xa, ya = xs[pa], ys[pa]
                for b in range(a + 1, m):
                    pb = strip[b]
                    dy = ys[pb] - ya
                    if dy * dy >= best:
                        break
                    dx = xs[pb] - xa
                    dist = dx * dx + dy * dy
                    if dist < best:
                        best = dist
        order = merged
        width *= 2
    print(f"{sqrt(best):.9f}")


main()
