# Pops hike lengths in increasing order from a heap, one per rank: O(r log n).
import heapq
import sys

data = sys.stdin.buffer.read().split()
n, l, r = int(data[0]), int(data[1]), int(data[2])
a = [int(x) for x in data[3 : 3 + n]]
heap = [(a[u], u, u) for u in range(n)]
heapq.heapify(heap)
answer = 0
for rank in range(1, r + 1):
    length, u, v = heapq.heappop(heap)
    if rank >= l:
        answer += length
    if v + 1 < n:
        heapq.heappush(heap, (length + a[v + 1], u, v + 1))
print(answer)
