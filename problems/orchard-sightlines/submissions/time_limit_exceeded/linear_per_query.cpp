#include <bits/stdc++.h>
using namespace std;

// The right formula, but a plain loop over every d for each rectangle: O(t * n).
const int N = 1000000;
int phi[N + 1];

int main() {
    for (int i = 0; i <= N; i++) phi[i] = i;
    for (int p = 2; p <= N; p++)
        if (phi[p] == p)
            for (int j = p; j <= N; j += p) phi[j] -= phi[j] / p;
    int t;
    scanf("%d", &t);
    while (t--) {
        long long n, m;
        scanf("%lld %lld", &n, &m);
        long long total = 0;
        for (long long d = 1; d <= min(n, m); d++) total += phi[d] * (n / d) * (m / d);
        printf("%lld\n", total);
    }
}
