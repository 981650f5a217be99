#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the pair count is a 32-bit int (sums and k are 64-bit).
int n, m;
vector<long long> a, b;

int count_at_most(long long x) {
    int count = 0;
    int j = m - 1;
    for (int i = 0; i < n; i++) {
        while (j >= 0 && a[i] + b[j] > x) j--;
        if (j < 0) break;
        count += j + 1;
    }
    return count;
}

int main() {
    long long k;
    scanf("%d %d %lld", &n, &m, &k);
    a.resize(n);
    b.resize(m);
    for (auto &x : a) scanf("%lld", &x);
    for (auto &x : b) scanf("%lld", &x);
    sort(a.begin(), a.end());
    sort(b.begin(), b.end());
    long long lo = a[0] + b[0], hi = a[n - 1] + b[m - 1];
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (count_at_most(mid) >= k) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
}
