#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: seeds the start with 1 before looking at its cell.
int main() {
    const long long MOD = 1000000007LL;
    int n, m;
    scanf("%d %d", &n, &m);
    vector<string> g(n);
    char buf[600];
    for (int i = 0; i < n; i++) { scanf("%s", buf); g[i] = buf; }
    vector<vector<long long>> w(n, vector<long long>(m, 0));
    w[0][0] = 1;
    for (int r = 0; r < n; r++)
        for (int c = 0; c < m; c++) {
            if (r == 0 && c == 0) continue;
            if (g[r][c] == '#') continue;
            long long up = r > 0 ? w[r - 1][c] : 0, left = c > 0 ? w[r][c - 1] : 0;
            w[r][c] = (up + left) % MOD;
        }
    printf("%lld\n", w[n - 1][m - 1]);
}
