#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef __int128 lll;

// Plausible mistake: r - a is left negative, and C++'s % keeps the sign.
ll extgcd(ll a, ll b, ll &x, ll &y) {
    if (b == 0) { x = 1; y = 0; return a; }
    ll x1, y1;
    ll g = extgcd(b, a % b, x1, y1);
    x = y1;
    y = x1 - (a / b) * y1;
    return g;
}

int main() {
    int n;
    scanf("%d", &n);
    ll a = 0, M = 1;
    bool ok = true;
    for (int i = 0; i < n; i++) {
        ll r, m;
        scanf("%lld %lld", &r, &m);
        if (!ok) continue;
        ll p, q;
        ll g = extgcd(M % m, m, p, q);
        ll diff = (r - a) % m;
        if (diff % g) { ok = false; continue; }
        ll mg = m / g;
        ll t = (ll)((lll)(diff / g) * (((p % mg) + mg) % mg) % mg);
        ll newM = M / g * m;
        a = (ll)(((lll)a + (lll)M * t) % newM);
        M = newM;
    }
    printf("%lld\n", ok ? a : -1LL);
}
