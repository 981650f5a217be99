#include <bits/stdc++.h>
using namespace std;

// For each precision, sums phi(b) computed by trial division: O(n sqrt n) per query.
long long phi(long long x) {
    long long result = x;
    for (long long d = 2; d * d <= x; d++)
        if (x % d == 0) {
            while (x % d == 0) x /= d;
            result -= result / d;
        }
    if (x > 1) result -= result / x;
    return result;
}

int main() {
    int q;
    scanf("%d", &q);
    while (q--) {
        int n;
        scanf("%d", &n);
        long long total = 0;
        for (int b = 2; b <= n; b++) total += phi(b);
        printf("%lld\n", total);
    }
}
