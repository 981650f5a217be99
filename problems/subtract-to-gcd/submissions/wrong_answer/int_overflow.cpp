#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the product n * gcd in 32-bit ints.
int main() {
    int n;
    scanf("%d", &n);
    int g = 0;
    for (int i = 0; i < n; i++) {
        int a;
        scanf("%d", &a);
        g = __gcd(g, a);
    }
    printf("%d\n", g * n);
}
