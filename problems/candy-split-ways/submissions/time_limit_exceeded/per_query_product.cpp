#include <bits/stdc++.h>
using namespace std;

// Builds each binomial from scratch: O(k) multiplications and one inverse per question.
const long long MOD = 998244353;

long long power(long long b, long long e) {
    long long r = 1;
    while (e) {
        if (e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}

int main() {
    int q;
    scanf("%d", &q);
    while (q--) {
        long long n, k;
        scanf("%lld %lld", &n, &k);
        if (k > n) {
            puts("0");
            continue;
        }
        long long top = 1, bottom = 1;
        for (long long i = 0; i < k - 1; i++) {
            top = top * ((n - 1 - i) % MOD) % MOD;
            bottom = bottom * ((i + 1) % MOD) % MOD;
        }
        printf("%lld\n", top * power(bottom, MOD - 2) % MOD);
    }
}
