#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Naive: keeps a side (a, b) of the hull when every point is on its left or on it: O(n^3).
int main() {
    int n;
    scanf("%d", &n);
    vector<pair<ll, ll>> p(n);
    for (auto &q : p) scanf("%lld %lld", &q.first, &q.second);
    sort(p.begin(), p.end());
    p.erase(unique(p.begin(), p.end()), p.end());
    n = p.size();
    double len = 0;
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++) {
            if (a == b) continue;
            bool ok = true;
            for (int c = 0; c < n && ok; c++) {
                ll cr = (p[b].first - p[a].first) * (p[c].second - p[a].second) - (p[b].second - p[a].second) * (p[c].first - p[a].first);
                if (cr < 0) ok = false;
                // A point on the line but beyond the side means the side is not maximal.
                if (cr == 0 && c != a && c != b) {
                    ll dot1 = (p[c].first - p[a].first) * (p[b].first - p[a].first) + (p[c].second - p[a].second) * (p[b].second - p[a].second);
                    ll dot2 = (p[c].first - p[b].first) * (p[a].first - p[b].first) + (p[c].second - p[b].second) * (p[a].second - p[b].second);
                    if (dot1 < 0 || dot2 < 0) ok = false;
                }
            }
            if (ok) len += hypot((double)(p[b].first - p[a].first), (double)(p[b].second - p[a].second));
        }
    printf("%.9f\n", len);
}
