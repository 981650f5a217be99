#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long len;
    scanf("%d %lld", &n, &len);
    vector<pair<long long, long long>> seg(n);
    for (auto &s : seg) {
        long long p, r;
        scanf("%lld %lld", &p, &r);
        s = {p - r, p + r};
    }
    sort(seg.begin(), seg.end());
    long long reach = 0;  // [0, reach] is lit
    int used = 0, i = 0;
    while (reach < len) {
        long long best = reach;
        while (i < n && seg[i].first <= reach) best = max(best, seg[i++].second);
        if (best == reach) { puts("-1"); return 0; }
        reach = best;
        used++;
    }
    printf("%d\n", used);
}
