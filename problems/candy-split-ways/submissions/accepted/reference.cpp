#include <bits/stdc++.h>
using namespace std;

const long long MOD = 998244353;
const int N = 1000000;
long long fact[N + 1], inv[N + 1];

long long power(long long b, long long e) {
    long long r = 1;
    b %= MOD;
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
    for (int i = N; i > 0; i--) inv[i - 1] = inv[i] * i % MOD;
    int q;
    scanf("%d", &q);
    while (q--) {
        int n, k;
        scanf("%d %d", &n, &k);
        if (k > n) {
            puts("0");
            continue;
        }
        printf("%lld\n", fact[n - 1] * inv[k - 1] % MOD * inv[n - k] % MOD);
    }
}
