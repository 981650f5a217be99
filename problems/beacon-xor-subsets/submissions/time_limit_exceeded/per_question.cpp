#include <bits/stdc++.h>
using namespace std;

// Builds a fresh basis of a_l..a_r for every question: O(n q B).
int main() {
    const int B = 20;
    const long long MOD = 1000000007LL;
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> a(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &a[i]);
    vector<long long> pw(n + 1, 1);
    for (int i = 1; i <= n; i++) pw[i] = pw[i - 1] * 2 % MOD;
    while (q--) {
        int l, r, x;
        scanf("%d %d %d", &l, &r, &x);
        int basis[B] = {0}, rank = 0;
        for (int i = l; i <= r && rank < B; i++) {
            int v = a[i];
            for (int b = B - 1; b >= 0 && v; b--) {
                if (!(v >> b & 1)) continue;
                if (!basis[b]) { basis[b] = v; rank++; break; }
                v ^= basis[b];
            }
        }
        for (int b = B - 1; b >= 0; b--)
            if ((x >> b & 1) && basis[b]) x ^= basis[b];
        printf("%lld\n", x ? 0 : pw[r - l + 1 - rank]);
    }
}
