# Plausible mistake: strict comparisons on both sides, so repeated extremes count twice.
import sys


def sum_of_max(b):
    n = len(b)
    left = [0] * n
    st = []
    for i in range(n):
        x = b[i]
        while st and b[st[-1]] <= x:
            st.pop()
        left[i] = st[-1] if st else -1
        st.append(i)
    st = []
    total = 0
    for i in range(n - 1, -1, -1):
        x = b[i]
        while st and b[st[-1]] <= x:
            st.pop()
        right = st[-1] if st else n
        st.append(i)
        total += x * (i - left[i]) * (right - i)
    return total


data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1 : n + 1]))
print(sum_of_max(a) + sum_of_max([-x for x in a]))
