#include <bits/stdc++.h>
using namespace std;

int k;
// Lucky numbers in [0, N].
long long countUpTo(long long N) {
    if (N < 0) return 0;
    string digits = to_string(N);
    vector<long long> dp(k * k, 0), nd(k * k);
    int tr = 0, ts = 0;
    for (char ch : digits) {
        int d = ch - '0';
        fill(nd.begin(), nd.end(), 0);
        for (int r = 0; r < k; r++)
            for (int s = 0; s < k; s++) {
                long long c = dp[r * k + s];
                if (!c) continue;
                for (int g = 0; g < 10; g++) nd[((r * 10 + g) % k) * k + (s + g) % k] += c;
            }
        for (int g = 0; g < d; g++) nd[((tr * 10 + g) % k) * k + (ts + g) % k] += 1;
        tr = (tr * 10 + d) % k;
        ts = (ts + d) % k;
        swap(dp, nd);
    }
    return dp[0] + (tr == 0 && ts == 0 ? 1 : 0);
}
int main() {
    long long L, R;
    scanf("%lld %lld %d", &L, &R, &k);
    printf("%lld\n", countUpTo(R) - countUpTo(L - 1));
}
