#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef __int128 LL;

int main() {
    int n;
    ll C;
    scanf("%d %lld", &n, &C);
    vector<ll> P(n + 1, 0);
    for (int i = 1; i <= n; i++) { ll x; scanf("%lld", &x); P[i] = P[i - 1] + x; }
    vector<ll> M(n + 1), B(n + 1);  // line j: slope M, intercept B
    vector<int> dq(n + 1);
    int head = 0, tail = 0;
    auto bad = [&](int l1, int l2, int l3) {
        // l2 is useless if l3 overtakes l1 no later than l2 does.
        return (LL)(B[l3] - B[l1]) * (M[l1] - M[l2]) <= (LL)(B[l2] - B[l1]) * (M[l1] - M[l3]);
    };
    ll f = 0;
    M[0] = 0; B[0] = 0;
    dq[tail++] = 0;
    for (int i = 1; i <= n; i++) {
        ll x = P[i];
        while (tail - head >= 2 && M[dq[head + 1]] * x + B[dq[head + 1]] <= M[dq[head]] * x + B[dq[head]]) head++;
        int j = dq[head];
        f = M[j] * x + B[j] + x * x + C;
        M[i] = -2 * P[i];
        B[i] = f + P[i] * P[i];
        while (tail - head >= 2 && bad(dq[tail - 2], dq[tail - 1], i)) tail--;
        dq[tail++] = i;
    }
    printf("%lld\n", f);
}
