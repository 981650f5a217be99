#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Counts the divisors of every number by trial division: O(n sqrt n).
int main() {
    ll n;
    scanf("%lld", &n);
    ll count = 0;
    for (ll c = 1; c <= n; c++) {
        int divisors = 0;
        for (ll d = 1; d * d <= c && divisors <= 4; d++)
            if (c % d == 0) divisors += (d * d == c) ? 1 : 2;
        if (divisors == 4) count++;
    }
    printf("%lld\n", count);
}
