#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: factorials multiplied as 32-bit ints before taking the remainder.
const int MOD = 998244353;
const int N = 1000000;
int fact[N + 1], inv[N + 1];

int power(long long b, long long e) {
    long long r = 1;
    while (e) {
        if (e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}

int main() {
    fact[0] = 1;
    for (int i = 1; i <= N; i++) fact[i] = fact[i - 1] * i % MOD;
    inv[N] = power(fact[N], MOD - 2);
    for (int i = N; i > 0; i--) inv[i - 1] = 1LL * inv[i] * i % MOD;
    int q;
    scanf("%d", &q);
    while (q--) {
        int n, k;
        scanf("%d %d", &n, &k);
        if (k > n) {
            puts("0");
            continue;
        }
        printf("%lld\n", 1LL * fact[n - 1] * inv[k - 1] % MOD * inv[n - k] % MOD);
    }
}
