#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    long long g = 0;
    for (int i = 0; i < n; i++) {
        long long a;
        scanf("%lld", &a);
        g = __gcd(g, a);
    }
    printf("%lld\n", g * n);
}
