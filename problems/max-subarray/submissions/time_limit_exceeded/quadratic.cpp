#include <bits/stdc++.h>
using namespace std;

// Every start, every end: O(n^2) (4e10 steps at n = 2e5).
int main() {
    int n;
    scanf("%d", &n);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long best = LLONG_MIN;
    for (int l = 0; l < n; l++) {
        long long total = 0;
        for (int r = l; r < n; r++) {
            total += a[r];
            best = max(best, total);
        }
    }
    printf("%lld\n", best);
}
