#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Walks the days of the island with the largest period, checking the others.
int main() {
    int n;
    scanf("%d", &n);
    vector<ll> r(n), m(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &r[i], &m[i]);
    int best = max_element(m.begin(), m.end()) - m.begin();
    ll L = 1;
    for (int i = 0; i < n; i++) L = L / __gcd(L, m[i]) * m[i];
    for (ll x = r[best]; x < L; x += m[best]) {
        bool good = true;
        for (int i = 0; i < n && good; i++) good = x % m[i] == r[i];
        if (good) { printf("%lld\n", x); return 0; }
    }
    puts("-1");
}
