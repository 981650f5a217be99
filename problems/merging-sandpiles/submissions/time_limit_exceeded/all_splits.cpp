#include <bits/stdc++.h>
using namespace std;

// The recurrence without memoisation: every split of every segment, exponential.
vector<long long> p;
long long go(int l, int r) {
    if (l == r) return 0;
    long long best = LLONG_MAX;
    for (int k = l; k < r; k++) best = min(best, go(l, k) + go(k + 1, r));
    return best + p[r + 1] - p[l];
}
int main() {
    int n;
    scanf("%d", &n);
    p.assign(n + 1, 0);
    for (int i = 0; i < n; i++) { long long x; scanf("%lld", &x); p[i + 1] = p[i] + x; }
    printf("%lld\n", go(0, n - 1));
}
