#include <bits/stdc++.h>
using namespace std;

int n, m, c;
vector<long long> w;

bool fits(long long cap) {
    int lorries = 0, i = 0;
    while (i < n) {
        if (++lorries > m) return false;
        long long load = 0;
        int taken = 0;
        while (i < n && taken < c && load + w[i] <= cap) load += w[i++], taken++;
    }
    return true;
}

int main() {
    scanf("%d %d %d", &n, &m, &c);
    w.resize(n);
    long long lo = 0, hi = 0;
    for (auto &x : w) scanf("%lld", &x), lo = max(lo, x), hi += x;
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
}
