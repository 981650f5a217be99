#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: loads and bounds in 32-bit ints.
int n, m, c;
vector<int> w;

bool fits(int cap) {
    int lorries = 0, i = 0;
    while (i < n) {
        if (++lorries > m) return false;
        int load = 0, taken = 0;
        while (i < n && taken < c && load + w[i] <= cap) load += w[i++], taken++;
    }
    return true;
}

int main() {
    scanf("%d %d %d", &n, &m, &c);
    w.resize(n);
    int lo = 0, hi = 0;
    for (auto &x : w) scanf("%d", &x), lo = max(lo, x), hi += x;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
    }
    printf("%d\n", lo);
}
