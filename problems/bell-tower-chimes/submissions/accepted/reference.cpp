#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    int k;
    scanf("%lld %d", &n, &k);
    vector<long long> a(k);
    for (auto &x : a) scanf("%lld", &x);
    vector<long long> l(1 << k);
    l[0] = 1;
    long long answer = 0;
    for (int mask = 1; mask < (1 << k); mask++) {
        int low = __builtin_ctz(mask);
        long long prev = l[mask & (mask - 1)];
        long long cur;
        if (prev > n) {
            cur = n + 1;
        } else {
            long long g = __gcd(prev, a[low]);
            long long part = prev / g;
            // part * a[low] > n  <=>  part > n / a[low]
            cur = (part > n / a[low]) ? n + 1 : part * a[low];
        }
        l[mask] = cur;
        long long term = n / cur;
        answer += (__builtin_popcount(mask) & 1) ? term : -term;
    }
    printf("%lld\n", answer);
}
