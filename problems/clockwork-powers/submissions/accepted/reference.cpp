#include <bits/stdc++.h>
using namespace std;

int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        unsigned long long a, b, m;
        scanf("%llu %llu %llu", &a, &b, &m);
        unsigned long long result = 1 % m;
        a %= m;
        while (b) {
            if (b & 1) result = result * a % m;
            a = a * a % m;
            b >>= 1;
        }
        printf("%llu\n", result);
    }
}
