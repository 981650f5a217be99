#include <bits/stdc++.h>
using namespace std;

int main() {
    const int B = 20, FULL = (1 << B) - 1;
    int n;
    scanf("%d", &n);
    vector<int> a(n);
    vector<long long> F(1 << B, 0);
    for (auto &x : a) { scanf("%d", &x); F[x]++; }
    for (int b = 0; b < B; b++)
        for (int m = 0; m <= FULL; m++)
            if (m >> b & 1) F[m] += F[m ^ (1 << b)];
    long long total = 0, zeros = 0;
    for (int x : a) { total += F[FULL ^ x]; if (x == 0) zeros++; }
    printf("%lld\n", (total - zeros) / 2);
}
