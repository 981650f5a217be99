#include <bits/stdc++.h>
using namespace std;

// Multiplies b times: O(b) per dial.
int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        unsigned long long a, b, m;
        scanf("%llu %llu %llu", &a, &b, &m);
        a %= m;
        unsigned long long result = 1 % m;
        for (unsigned long long i = 0; i < b; i++) result = result * a % m;
        printf("%llu\n", result);
    }
}
