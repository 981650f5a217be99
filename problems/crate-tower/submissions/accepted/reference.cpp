#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> c(n);  // (w + s, w)
    for (auto &x : c) {
        long long w, s;
        scanf("%lld %lld", &w, &s);
        x = {w + s, w};
    }
    sort(c.begin(), c.end());
    long long above = 0, worst = LLONG_MIN;
    for (auto &x : c) {
        long long s = x.first - x.second;
        worst = max(worst, above - s);
        above += x.second;
    }
    printf("%lld\n", worst);
}
