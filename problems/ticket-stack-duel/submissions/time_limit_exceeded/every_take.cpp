#include <bits/stdc++.h>
using namespace std;

// The plain O(n k) recurrence: right, but too slow when k is near n.
int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    vector<long long> d(n + 2, 0);
    for (int i = n; i >= 1; i--) {
        long long best = LLONG_MIN;
        for (int t = 1; t <= k && i + t - 1 <= n; t++)
            best = max(best, prefix[i + t - 1] - prefix[i - 1] - d[i + t]);
        d[i] = best;
    }
    printf("%lld\n", d[1]);
}
