#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: the O(n^2) DP sped up by looking back at most 400 crates.
int main() {
    int n;
    ll C;
    scanf("%d %lld", &n, &C);
    vector<ll> P(n + 1, 0), f(n + 1, LLONG_MAX);
    for (int i = 1; i <= n; i++) { ll x; scanf("%lld", &x); P[i] = P[i - 1] + x; }
    f[0] = 0;
    for (int i = 1; i <= n; i++)
        for (int j = max(0, i - 400); j < i; j++) {
            ll s = P[i] - P[j];
            f[i] = min(f[i], f[j] + s * s + C);
        }
    printf("%lld\n", f[n]);
}
