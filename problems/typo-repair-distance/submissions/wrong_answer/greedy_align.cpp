#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: aligns the words position by position (replace the overlap,
// then insert or delete the tail), never shifting one against the other.
int main() {
    long long I, D, R;
    static char a[2105], b[2105];
    scanf("%lld %lld %lld %s %s", &I, &D, &R, a, b);
    int n = strlen(a), m = strlen(b);
    long long cost = 0;
    for (int i = 0; i < min(n, m); i++)
        if (a[i] != b[i]) cost += min(R, I + D);
    if (n > m) cost += (n - m) * D; else cost += (m - n) * I;
    printf("%lld\n", cost);
}
