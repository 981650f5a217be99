#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: after sorting by x, compares each point with the next 5 only.
int main() {
    int n;
    scanf("%d", &n);
    vector<pair<ll, ll>> p(n);
    for (auto &q : p) scanf("%lld %lld", &q.first, &q.second);
    sort(p.begin(), p.end());
    ll best = LLONG_MAX;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n && j <= i + 5; j++) {
            ll dx = p[j].first - p[i].first, dy = p[j].second - p[i].second;
            best = min(best, dx * dx + dy * dy);
        }
    printf("%.9f\n", sqrt((double)best));
}
