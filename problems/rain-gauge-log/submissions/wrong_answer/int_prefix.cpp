#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit prefix sums.
int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        int a;
        scanf("%d", &a);
        prefix[i] = prefix[i - 1] + a;
    }
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", prefix[r] - prefix[l - 1]);
    }
}
