#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: the running value goes negative and is never brought back into range.
const ll MOD = 998244353;

int main() {
    ll n;
    scanf("%lld", &n);
    ll L = max(10LL, min(n, 5000000LL));
    vector<int> phi(L + 1);
    iota(phi.begin(), phi.end(), 0);
    for (ll p = 2; p <= L; p++)
        if (phi[p] == p)
            for (ll j = p; j <= L; j += p) phi[j] -= phi[j] / p;
    vector<ll> small(L + 1, 0);
    for (ll v = 1; v <= L; v++) small[v] = (small[v - 1] + phi[v]) % MOD;
    ll K = n / (L + 1);
    vector<ll> big(K + 2, 0);
    for (ll i = K; i >= 1; i--) {
        ll v = n / i;
        ll a = v, b = v + 1;
        if (a % 2 == 0) a /= 2; else b /= 2;
        ll total = (a % MOD) * (b % MOD) % MOD;
        for (ll d = 2, e; d <= v; d = e + 1) {
            ll q = v / d;
            e = v / q;
            ll f = q <= L ? small[q] : big[i * d];
            total = (total - (e - d + 1) % MOD * f) % MOD;
        }
        big[i] = total;
    }
    ll Phi = n <= L ? small[n] : big[1];
    printf("%lld\n", (2 * Phi + 1) % MOD);
}
