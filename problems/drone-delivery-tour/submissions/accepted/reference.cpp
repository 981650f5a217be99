#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<vector<long long>> d(n, vector<long long>(n));
    for (auto &row : d) for (auto &x : row) scanf("%lld", &x);
    const long long INF = LLONG_MAX / 4;
    int full = 1 << n;
    vector<long long> f((size_t)full * n, INF);
    f[1 * n + 0] = 0;
    for (int S = 1; S < full; S += 2)
        for (int v = 0; v < n; v++) {
            long long cur = f[(size_t)S * n + v];
            if (cur >= INF) continue;
            for (int w = 0; w < n; w++) {
                if (S >> w & 1) continue;
                long long &t = f[(size_t)(S | 1 << w) * n + w];
                t = min(t, cur + d[v][w]);
            }
        }
    long long best = INF;
    for (int v = 1; v < n; v++) best = min(best, f[(size_t)(full - 1) * n + v] + d[v][0]);
    printf("%lld\n", best);
}
