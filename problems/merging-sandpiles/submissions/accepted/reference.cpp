#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> p(n + 1, 0);
    for (int i = 0; i < n; i++) { long long x; scanf("%lld", &x); p[i + 1] = p[i] + x; }
    vector<vector<long long>> c(n, vector<long long>(n, 0));
    for (int len = 2; len <= n; len++)
        for (int l = 0; l + len - 1 < n; l++) {
            int r = l + len - 1;
            long long best = LLONG_MAX;
            for (int k = l; k < r; k++) best = min(best, c[l][k] + c[k + 1][r]);
            c[l][r] = best + p[r + 1] - p[l];
        }
    printf("%lld\n", c[0][n - 1]);
}
