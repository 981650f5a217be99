#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Naive: sort by x, compare pairs until the x gap alone exceeds the best: O(n^2) when
// many points share an x.
int main() {
    int n;
    scanf("%d", &n);
    vector<pair<ll, ll>> p(n);
    for (auto &q : p) scanf("%lld %lld", &q.first, &q.second);
    sort(p.begin(), p.end(), [](const pair<ll, ll> &a, const pair<ll, ll> &b) { return a.first < b.first; });
    ll best = LLONG_MAX;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            ll dx = p[j].first - p[i].first;
            if (dx * dx >= best) break;
            ll dy = p[j].second - p[i].second;
            best = min(best, dx * dx + dy * dy);
        }
    printf("%.9f\n", sqrt((double)best));
}
