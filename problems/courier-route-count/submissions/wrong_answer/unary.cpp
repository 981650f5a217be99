#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: one middle crossing per route; correct count, but k + 2 crossings.
int main() {
    long long k;
    scanf("%lld", &k);
    if (k == 1) {
        puts("2 1\n1 2");
        return 0;
    }
    printf("%lld %lld\n", k + 2, 2 * k);
    for (long long i = 0; i < k; i++) printf("1 %lld\n%lld 2\n", i + 3, i + 3);
}
