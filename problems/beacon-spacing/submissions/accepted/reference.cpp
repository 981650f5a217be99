#include <bits/stdc++.h>
using namespace std;

int n, k;
vector<long long> x;

bool fits(long long d) {
    int placed = 1;
    long long last = x[0];
    for (int i = 1; i < n && placed < k; i++)
        if (x[i] - last >= d) placed++, last = x[i];
    return placed >= k;
}

int main() {
    scanf("%d %d", &n, &k);
    x.resize(n);
    for (auto &v : x) scanf("%lld", &v);
    sort(x.begin(), x.end());
    long long lo = 1, hi = x[n - 1] - x[0];  // the answer lies in [lo, hi]
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    printf("%lld\n", lo);
}
