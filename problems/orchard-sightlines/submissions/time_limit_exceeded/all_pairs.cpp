#include <bits/stdc++.h>
using namespace std;

// Adds gcd(i, j) for every tree: O(n m log) per rectangle.
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        int n, m;
        scanf("%d %d", &n, &m);
        long long total = 0;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++) total += __gcd(i, j);
        printf("%lld\n", total);
    }
}
