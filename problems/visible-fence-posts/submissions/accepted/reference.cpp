#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef unsigned long long ull;

const ll MOD = 998244353;

int main() {
    ll n;
    scanf("%lld", &n);
    ll L = max(10LL, min(n, 5000000LL));
    // Euler's phi up to L by a linear sieve.
    vector<int> phi(L + 1, 0), primes;
    phi[1] = 1;
    for (ll i = 2; i <= L; i++) {
        if (phi[i] == 0) { phi[i] = i - 1; primes.push_back(i); }
        for (int p : primes) {
            ll ip = i * p;
            if (ip > L) break;
            if (i % p == 0) { phi[ip] = phi[i] * p; break; }
            phi[ip] = phi[i] * (p - 1);
        }
    }
    vector<ll> small(L + 1, 0);
    for (ll v = 1; v <= L; v++) small[v] = (small[v - 1] + phi[v]) % MOD;
    // big[i] = Phi(n / i) mod MOD for n / i > L, from the largest i down.
    ll K = n / (L + 1);
    vector<ll> big(K + 2, 0);
    for (ll i = K; i >= 1; i--) {
        ll v = n / i;
        ll r = sqrtl((long double)v);
        while (r * r > v) r--;
        while ((r + 1) * (r + 1) <= v) r++;
        // v (v + 1) / 2 modulo MOD, halving the even factor first.
        ll a = v, b = v + 1;
        if (a % 2 == 0) a /= 2; else b /= 2;
        unsigned __int128 minus = 0;
        ll split = min(r, K / i);
        for (ll d = 2; d <= split; d++) minus += big[i * d];
        for (ll d = split + 1; d <= r; d++) minus += small[v / d];
        ll prev = v;
        for (ll q = 1; q <= v / (r + 1); q++) {
            ll nxt = v / (q + 1);
            minus += (unsigned __int128)(prev - nxt) * small[q];
            prev = nxt;
        }
        ll total = (a % MOD) * (b % MOD) % MOD - (ll)(minus % MOD);
        big[i] = (total % MOD + MOD) % MOD;
    }
    ll Phi = n <= L ? small[n] : big[1];
    printf("%lld\n", (2 * Phi + 1) % MOD);
}
