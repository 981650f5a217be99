#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: lcm computed as a / g * b with no cap, so it overflows 64 bits.
int main() {
    long long n;
    int k;
    scanf("%lld %d", &n, &k);
    vector<long long> a(k);
    for (auto &x : a) scanf("%lld", &x);
    long long answer = 0;
    for (int mask = 1; mask < (1 << k); mask++) {
        long long l = 1;
        for (int i = 0; i < k; i++)
            if (mask >> i & 1) l = l / __gcd(l, a[i]) * a[i];
        long long term = l > 0 ? n / l : 0;
        answer += (__builtin_popcount(mask) & 1) ? term : -term;
    }
    printf("%lld\n", answer);
}
