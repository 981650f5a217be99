#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<ll, ll>> p(n);
    for (auto &q : p) scanf("%lld %lld", &q.first, &q.second);
    sort(p.begin(), p.end());
    p.erase(unique(p.begin(), p.end()), p.end());
    n = p.size();
    auto cross = [](pair<ll, ll> o, pair<ll, ll> a, pair<ll, ll> b) {
        return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
    };
    if (n == 1) {
        puts("0.000000000");
        return 0;
    }
    vector<pair<ll, ll>> h(2 * n);
    int k = 0;
    for (int i = 0; i < n; i++) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) k--;
        h[k++] = p[i];
    }
    for (int i = n - 2, t = k + 1; i >= 0; i--) {
        while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) k--;
        h[k++] = p[i];
    }
    // h[0..k-1] with h[k-1] == h[0]: the closed loop.
    double len = 0;
    for (int i = 0; i + 1 < k; i++) len += hypot((double)(h[i + 1].first - h[i].first), (double)(h[i + 1].second - h[i].second));
    printf("%.9f\n", len);
}
