#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    long long best = LLONG_MIN, ending = 0;
    for (int i = 0; i < n; i++) {
        long long a;
        scanf("%lld", &a);
        ending = max(ending, 0LL) + a;
        best = max(best, ending);
    }
    printf("%lld\n", best);
}
