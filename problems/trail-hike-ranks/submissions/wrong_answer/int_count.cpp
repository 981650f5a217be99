#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: the hike count is a 32-bit int (sums are 64-bit).
int n;
vector<ll> P, S;

void at_most(ll y, int &count, ll &sum) {
    count = 0;
    sum = 0;
    int i = 0;
    for (int j = 1; j <= n; j++) {
        while (P[j] - P[i] > y) i++;
        int c = j - i;
        count += c;
        sum += (ll)c * P[j] - (S[j - 1] - (i > 0 ? S[i - 1] : 0));
    }
}

ll smallest(ll k) {
    if (k == 0) return 0;
    ll lo = 1, hi = P[n], s;
    int c;
    while (lo < hi) {
        ll mid = lo + (hi - lo) / 2;
        at_most(mid, c, s);
        if (c >= k) hi = mid;
        else lo = mid + 1;
    }
    at_most(lo - 1, c, s);
    return s + (k - c) * lo;
}

int main() {
    ll l, r;
    scanf("%d %lld %lld", &n, &l, &r);
    P.assign(n + 1, 0);
    S.assign(n + 1, 0);
    for (int j = 1; j <= n; j++) {
        ll a;
        scanf("%lld", &a);
        P[j] = P[j - 1] + a;
        S[j] = S[j - 1] + P[j];
    }
    printf("%lld\n", smallest(r) - smallest(l - 1));
}
