#include <bits/stdc++.h>
using namespace std;

const long long MOD = 1000000007;
const int A = 1000000;
int mu[A + 1], freq[A + 1];
bool composite[A + 1];

int main() {
    vector<int> primes;
    mu[1] = 1;
    for (int i = 2; i <= A; i++) {
        if (!composite[i]) { primes.push_back(i); mu[i] = -1; }
        for (int p : primes) {
            if ((long long)p * i > A) break;
            composite[p * i] = true;
            if (i % p == 0) { mu[p * i] = 0; break; }
            mu[p * i] = -mu[i];
        }
    }
    int n;
    scanf("%d", &n);
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        freq[a]++;
    }
    vector<long long> pw(n + 1);
    pw[0] = 1;
    for (int i = 1; i <= n; i++) pw[i] = pw[i - 1] * 2 % MOD;
    long long answer = 0;
    for (int d = 1; d <= A; d++) {
        if (!mu[d]) continue;
        int c = 0;
        for (int m = d; m <= A; m += d) c += freq[m];
        long long term = (pw[c] - 1 + MOD) % MOD;
        answer = (answer + (mu[d] == 1 ? term : MOD - term)) % MOD;
    }
    printf("%lld\n", answer);
}
