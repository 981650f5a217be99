#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// For each prime of m, multiplies C(n, k) = prod (n - i) / (i + 1) term by term,
// keeping the power of p apart: O(min(k, n - k)) per query and prime.
ll power(ll b, ll e, ll mod) {
    ll r = 1 % mod;
    b %= mod;
    while (e) {
        if (e & 1) r = r * b % mod;
        b = b * b % mod;
        e >>= 1;
    }
    return r;
}

int main() {
    ll m;
    int q;
    scanf("%lld %d", &m, &q);
    vector<ll> ps;
    ll x = m;
    for (ll d = 2; d * d <= x; d++)
        if (x % d == 0) { ps.push_back(d); x /= d; }
    if (x > 1) ps.push_back(x);
    while (q--) {
        ll n, k;
        scanf("%lld %lld", &n, &k);
        if (k > n || m == 1) { puts("0"); continue; }
        k = min(k, n - k);
        ll total = 0;
        for (ll p : ps) {
            ll num = 1, den = 1, extra = 0;
            for (ll i = 0; i < k; i++) {
                ll a = n - i, b = i + 1;
                while (a % p == 0) { a /= p; extra++; }
                while (b % p == 0) { b /= p; extra--; }
                num = num * (a % p) % p;
                den = den * (b % p) % p;
            }
            ll r = extra > 0 ? 0 : num * power(den, p - 2, p) % p;
            ll rest = m / p;
            total = (total + r * (rest * power(rest % p, p - 2, p) % m)) % m;
        }
        printf("%lld\n", total);
    }
}
