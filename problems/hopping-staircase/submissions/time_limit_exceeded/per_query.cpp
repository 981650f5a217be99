#include <bits/stdc++.h>
using namespace std;

// Recomputes the sequence for every question: O(t * max n) = 1e11 steps.
int main() {
    const long long MOD = 1000000007LL;
    int t;
    scanf("%d", &t);
    while (t--) {
        int x;
        scanf("%d", &x);
        long long a = 1, b = 0, c = 0;
        for (int i = 0; i < x; i++) {
            long long s = (a + b + c) % MOD;
            c = b; b = a; a = s;
        }
        printf("%lld\n", a);
    }
}
