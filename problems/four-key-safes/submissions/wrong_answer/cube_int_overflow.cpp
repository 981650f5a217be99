#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: the cube test p * p * p <= n is done in 32-bit ints.
int main() {
    ll n;
    scanf("%lld", &n);
    ll r = sqrtl((long double)n);
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    vector<ll> small(r + 1), large(r + 1);
    for (ll v = 1; v <= r; v++) small[v] = v - 1;
    for (ll i = 1; i <= r; i++) large[i] = n / i - 1;
    for (ll p = 2; p <= r; p++) {
        if (small[p] == small[p - 1]) continue;
        ll sp = small[p - 1], p2 = p * p;
        ll lim = min(r, n / p2);
        ll split = min(lim, r / p);
        for (ll i = 1; i <= split; i++) large[i] -= large[i * p] - sp;
        for (ll i = split + 1; i <= lim; i++) large[i] -= small[n / (i * p)] - sp;
        for (ll v = r; v >= p2; v--) small[v] -= small[v / p] - sp;
    }
    ll count = 0, idx = 0;
    for (int p = 2; p <= r; p++) {
        if (small[p] == small[p - 1]) continue;
        idx++;
        int cube = p * p * p;
        if (cube <= n) count++;
        ll q = n / p;
        if (q <= p) break;
        count += (q <= r ? small[q] : large[n / q]) - idx;
    }
    printf("%lld\n", count);
}
