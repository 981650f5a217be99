#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Segmented sieve of all primes up to n / 2, then counts p * q directly: O(n log log n).
int main() {
    ll n;
    scanf("%lld", &n);
    ll limit = max(2LL, n / 2);
    ll root = sqrtl((long double)n) + 1;
    vector<int> base;
    vector<char> mark(root + 1, 1);
    for (ll i = 2; i <= root; i++)
        if (mark[i]) {
            base.push_back(i);
            for (ll j = i * i; j <= root; j += i) mark[j] = 0;
        }
    // pi(x) for every x up to limit is too much memory; count pairs by scanning q.
    vector<ll> smallPrimes;
    ll r = sqrtl((long double)n);
    for (ll p : base) if (p <= r) smallPrimes.push_back(p);
    ll count = 0;
    for (ll p : smallPrimes) if (p * p * p <= n) count++;
    const ll SEG = 1 << 18;
    vector<char> seg(SEG);
    for (ll low = 2; low <= limit; low += SEG) {
        ll high = min(limit, low + SEG - 1);
        fill(seg.begin(), seg.end(), 1);
        for (ll p : base) {
            if (p * p > high) break;
            ll start = max(p * p, (low + p - 1) / p * p);
            for (ll j = start; j <= high; j += p) seg[j - low] = 0;
        }
        for (ll q = low; q <= high; q++)
            if (seg[q - low])
                for (ll p : smallPrimes) {
                    if (p >= q || p * q > n) break;
                    count++;
                }
    }
    printf("%lld\n", count);
}
