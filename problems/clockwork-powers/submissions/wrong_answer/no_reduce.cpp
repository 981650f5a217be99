#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: does not reduce a modulo m before squaring (a * a overflows).
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        unsigned long long a, b, m;
        scanf("%llu %llu %llu", &a, &b, &m);
        unsigned long long result = 1 % m;
        while (b) {
            if (b & 1) result = result * a % m;
            a = a * a;
            b >>= 1;
        }
        printf("%llu\n", result % m);
    }
}
