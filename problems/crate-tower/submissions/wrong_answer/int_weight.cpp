#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the running weight is a 32-bit int.
int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, int>> c(n);
    for (auto &x : c) {
        int w, s;
        scanf("%d %d", &w, &s);
        x = {(long long)w + s, w};
    }
    sort(c.begin(), c.end());
    int above = 0;
    long long worst = LLONG_MIN;
    for (auto &x : c) {
        int s = (int)(x.first - x.second);
        worst = max(worst, (long long)(above - s));
        above += x.second;
    }
    printf("%lld\n", worst);
}
