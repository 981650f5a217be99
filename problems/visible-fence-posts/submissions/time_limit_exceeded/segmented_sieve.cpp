#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Linear in n: phi of every k up to n with a segmented sieve, O(n log log n) time and
// O(sqrt n) memory. Correct, but 1e10 numbers are far too many.
const ll MOD = 998244353;

int main() {
    ll n;
    scanf("%lld", &n);
    ll root = sqrtl((long double)n) + 2;
    vector<ll> primes;
    vector<char> mark(root + 1, 1);
    for (ll i = 2; i <= root; i++)
        if (mark[i]) {
            primes.push_back(i);
            for (ll j = i * i; j <= root; j += i) mark[j] = 0;
        }
    const ll SEG = 1 << 16;
    vector<ll> rest(SEG), phi(SEG);
    ll Phi = 0;
    for (ll low = 1; low <= n; low += SEG) {
        ll high = min(n, low + SEG - 1);
        for (ll k = low; k <= high; k++) rest[k - low] = phi[k - low] = k;
        for (ll p : primes) {
            if (p > high) break;
            for (ll j = (low + p - 1) / p * p; j <= high; j += p) {
                phi[j - low] -= phi[j - low] / p;
                while (rest[j - low] % p == 0) rest[j - low] /= p;
            }
        }
        for (ll k = low; k <= high; k++) {
            ll r = phi[k - low];
            if (rest[k - low] > 1) r -= r / rest[k - low];
            Phi = (Phi + r) % MOD;
        }
    }
    printf("%lld\n", (2 * Phi + 1) % MOD);
}
