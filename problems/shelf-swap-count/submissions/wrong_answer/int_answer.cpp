#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: merge sort counting in a 32-bit int.
int n;
vector<int> h, buf;
int answer = 0;

void sort_count(int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    sort_count(lo, mid);
    sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid || j < hi) {
        if (j == hi || (i < mid && h[i] <= h[j])) buf[k++] = h[i++];
        else { answer += mid - i; buf[k++] = h[j++]; }
    }
    for (int t = lo; t < hi; t++) h[t] = buf[t];
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    h.resize(n);
    buf.resize(n);
    for (auto &x : h) scanf("%d", &x);
    sort_count(0, n);
    printf("%d\n", answer);
}
