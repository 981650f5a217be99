import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2 : 2 + 3 * m : 3]]
    b = [int(x) for x in data[3 : 3 + 3 * m : 3]]
    w = [int(x) for x in data[4 : 4 + 3 * m : 3]]
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[a[i]].append((b[i], w[i]))
        adj[b[i]].append((a[i], w[i]))
    INF = 1 << 62

    def dijkstra(s):
        # Heap keys pack the distance above the town number (towns < 2^16).
        d = [INF] * (n + 1)
        d[s] = 0
        heap = [s]
        while heap:
            top = heappop(heap)
            dv, v = top >> 16, top & 0xFFFF
            if dv != d[v]:
                continue
            for u, wu in adj[v]:
                nd = dv + wu
                if nd < d[u]:
                    d[u] = nd
                    heappush(heap, (nd << 16) | u)
        return d

    d1 = dijkstra(1)
    dn = dijkstra(n)
    D = d1[n]
    # Roads on some fastest route, as time intervals (start, end) in the order of start.
    starts, ends, ids = [], [], []
    for i in range(m):
        x, y, wi = a[i], b[i], w[i]
        if d1[x] + wi + dn[y] == D:
            starts.append(d1[x]), ends.append(d1[x] + wi), ids.append(i)
        elif d1[y] + wi + dn[x] == D:
            starts.append(d1[y]), ends.append(d1[y] + wi), ids.append(i)
    order = sorted(range(len(ids)), key=starts.__getitem__)
    status = ["NONE"] * m
    max_end = -1
    k_last = len(order) - 1
    for k in range(len(order)):
        j = order[k]
        s, e = starts[j], ends[j]
        if max_end > s or (k < k_last and starts[order[k + 1]] < e):
            status[ids[j]] = "SOME"
        else:
            status[ids[j]] = "ALL"
        if e > max_end:
            max_end = e
    sys.stdout.write("\n".join(status) + "\n")


main()
