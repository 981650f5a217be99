#include <bits/stdc++.h>
using namespace std;

int main() {
    long long k;
    scanf("%lld", &k);
    int H = 63 - __builtin_clzll(k);
    // 1 = depot, 2 = customer, ladder a_j = 2j+1, b_j = 2j+2 (j = 1..H), line c_t after them.
    int n = 2;
    vector<int> a(H + 1), b(H + 1), c(H + 2);
    for (int j = 1; j <= H; j++) a[j] = ++n, b[j] = ++n;
    for (int t = 1; t <= H + 1; t++) c[t] = ++n;
    vector<pair<int, int>> e;
    if (H >= 1) e.push_back({1, a[1]}), e.push_back({1, b[1]});
    for (int j = 1; j < H; j++) {
        e.push_back({a[j], a[j + 1]});
        e.push_back({a[j], b[j + 1]});
        e.push_back({b[j], a[j + 1]});
        e.push_back({b[j], b[j + 1]});
    }
    for (int t = 1; t <= H; t++) e.push_back({c[t], c[t + 1]});
    e.push_back({c[H + 1], 2});
    if (k & 1) e.push_back({1, c[1]});
    for (int i = 1; i <= H; i++)
        if (k >> i & 1) e.push_back({a[i], c[i + 1]}), e.push_back({b[i], c[i + 1]});
    printf("%d %zu\n", n, e.size());
    for (auto [u, v] : e) printf("%d %d\n", u, v);
}
