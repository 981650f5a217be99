#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: floor(n/d) * floor(m/d) multiplied as 32-bit ints.
const int N = 1000000;
int phi[N + 1];
long long prefix_phi[N + 1];

int main() {
    for (int i = 0; i <= N; i++) phi[i] = i;
    for (int p = 2; p <= N; p++)
        if (phi[p] == p)
            for (int j = p; j <= N; j += p) phi[j] -= phi[j] / p;
    for (int d = 1; d <= N; d++) prefix_phi[d] = prefix_phi[d - 1] + phi[d];
    int t;
    scanf("%d", &t);
    while (t--) {
        int n, m;
        scanf("%d %d", &n, &m);
        if (n > m) swap(n, m);
        long long total = 0;
        for (int d = 1, e; d <= n; d = e + 1) {
            int a = n / d, b = m / d;
            e = min(n / a, m / b);
            int ab = a * b;
            total += (prefix_phi[e] - prefix_phi[d - 1]) * ab;
        }
        printf("%lld\n", total);
    }
}
