#include <bits/stdc++.h>
using namespace std;

// The recurrence without memoisation: exponential.
long long I, D, R;
static char a[2105], b[2105];
long long go(int i, int j) {
    if (i == 0) return j * I;
    if (j == 0) return i * D;
    long long best = min(go(i, j - 1) + I, go(i - 1, j) + D);
    return min(best, go(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : R));
}
int main() {
    scanf("%lld %lld %lld %s %s", &I, &D, &R, a, b);
    printf("%lld\n", go(strlen(a), strlen(b)));
}
