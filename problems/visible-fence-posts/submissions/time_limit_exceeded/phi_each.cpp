#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// phi(k) by trial division for every k up to n: O(n sqrt n).
const ll MOD = 998244353;

int main() {
    ll n;
    scanf("%lld", &n);
    ll Phi = 0;
    for (ll k = 1; k <= n; k++) {
        ll x = k, r = k;
        for (ll d = 2; d * d <= x; d++)
            if (x % d == 0) {
                while (x % d == 0) x /= d;
                r -= r / d;
            }
        if (x > 1) r -= r / x;
        Phi = (Phi + r) % MOD;
    }
    printf("%lld\n", (2 * Phi + 1) % MOD);
}
