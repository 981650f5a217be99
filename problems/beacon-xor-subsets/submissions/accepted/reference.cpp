#include <bits/stdc++.h>
using namespace std;

int main() {
    const int B = 20;
    const long long MOD = 1000000007LL;
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> a(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &a[i]);
    vector<int> L(q), R(q), X(q), order(q);
    for (int j = 0; j < q; j++) scanf("%d %d %d", &L[j], &R[j], &X[j]);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int u, int v) { return R[u] < R[v]; });
    vector<long long> pw(n + 1, 1);
    for (int i = 1; i <= n; i++) pw[i] = pw[i - 1] * 2 % MOD;
    int basis[B] = {0}, where[B] = {0};
    vector<long long> ans(q);
    int r = 0;
    for (int j : order) {
        while (r < R[j]) {
            r++;
            int x = a[r], pos = r;
            for (int b = B - 1; b >= 0 && x; b--) {
                if (!(x >> b & 1)) continue;
                if (!basis[b]) { basis[b] = x; where[b] = pos; x = 0; break; }
                if (where[b] < pos) { swap(basis[b], x); swap(where[b], pos); }
                x ^= basis[b];
            }
        }
        int l = L[j], x = X[j], rank = 0;
        for (int b = B - 1; b >= 0; b--) {
            if (!basis[b] || where[b] < l) continue;
            rank++;
            if (x >> b & 1) x ^= basis[b];
        }
        ans[j] = x ? 0 : pw[R[j] - l + 1 - rank];
    }
    string out;
    for (int j = 0; j < q; j++) { out += to_string(ans[j]); out += '\n'; }
    fputs(out.c_str(), stdout);
}
