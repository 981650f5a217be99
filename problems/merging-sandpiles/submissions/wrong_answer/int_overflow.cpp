#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit fuel totals.
int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n + 1, 0);
    for (int i = 0; i < n; i++) { int x; scanf("%d", &x); p[i + 1] = p[i] + x; }
    vector<vector<int>> c(n, vector<int>(n, 0));
    for (int len = 2; len <= n; len++)
        for (int l = 0; l + len - 1 < n; l++) {
            int r = l + len - 1;
            int best = INT_MAX;
            for (int k = l; k < r; k++) best = min(best, c[l][k] + c[k + 1][r]);
            c[l][r] = best + p[r + 1] - p[l];
        }
    printf("%d\n", c[0][n - 1]);
}
