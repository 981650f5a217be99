#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

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

struct Prime {
    ll p, weight;
    vector<ll> fact, inv;
};

int main() {
    ll m;
    int q;
    scanf("%lld %d", &m, &q);
    vector<Prime> primes;
    ll x = m;
    vector<ll> ps;
    for (ll d = 2; d * d <= x; d++)
        if (x % d == 0) { ps.push_back(d); x /= d; }
    if (x > 1) ps.push_back(x);
    for (ll p : ps) {
        Prime pr;
        pr.p = p;
        pr.fact.assign(p, 1);
        pr.inv.assign(p, 1);
        for (ll i = 1; i < p; i++) pr.fact[i] = pr.fact[i - 1] * i % p;
        pr.inv[p - 1] = power(pr.fact[p - 1], p - 2, p);
        for (ll i = p - 1; i > 0; i--) pr.inv[i - 1] = pr.inv[i] * i % p;
        ll rest = m / p;
        pr.weight = rest * power(rest % p, p - 2, p) % m;
        primes.push_back(pr);
    }
    while (q--) {
        ll n, k;
        scanf("%lld %lld", &n, &k);
        if (k > n || m == 1) { puts("0"); continue; }
        ll total = 0;
        for (auto &pr : primes) {
            ll p = pr.p, r = 1, a = n, b = k;
            while (b && r) {
                ll ad = a % p, bd = b % p;
                if (bd > ad) { r = 0; break; }
                r = r * pr.fact[ad] % p * pr.inv[bd] % p * pr.inv[ad - bd] % p;
                a /= p;
                b /= p;
            }
            total = (total + r * pr.weight) % m;
        }
        printf("%lld\n", total);
    }
}
