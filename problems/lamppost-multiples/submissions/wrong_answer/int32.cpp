#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: reads the numbers into 32-bit ints.
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        long long l, r, k;
        scanf("%lld %lld %lld", &l, &r, &k);
        int L = (int)l, R = (int)r, K = (int)k;
        if (K == 0) K = 1;
        printf("%d\n", R / K - (L - 1) / K);
    }
}
