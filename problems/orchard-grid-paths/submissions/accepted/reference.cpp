#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, m;
    scanf("%d %d", &n, &m);
    vector<string> g(n);
    char buf[600];
    for (int i = 0; i < n; i++) { scanf("%s", buf); g[i] = buf; }
    vector<long long> w(m, 0);
    for (int r = 0; r < n; r++)
        for (int c = 0; c < m; c++) {
            if (g[r][c] == '#') { w[c] = 0; continue; }
            if (r == 0 && c == 0) { w[c] = 1; continue; }
            long long left = c > 0 ? w[c - 1] : 0;
            w[c] = (w[c] + left) % MOD;
        }
    printf("%lld\n", w[m - 1]);
}
