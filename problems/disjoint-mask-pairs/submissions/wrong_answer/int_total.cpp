#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: a 32-bit total of pairs.
int main() {
    const int B = 20, FULL = (1 << B) - 1;
    int n;
    scanf("%d", &n);
    vector<int> a(n), F(1 << B, 0);
    for (auto &x : a) { scanf("%d", &x); F[x]++; }
    for (int b = 0; b < B; b++)
        for (int m = 0; m <= FULL; m++)
            if (m >> b & 1) F[m] += F[m ^ (1 << b)];
    int total = 0, zeros = 0;
    for (int x : a) { total += F[FULL ^ x]; if (x == 0) zeros++; }
    printf("%d\n", (total - zeros) / 2);
}
