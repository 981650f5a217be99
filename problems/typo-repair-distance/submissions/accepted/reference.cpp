#include <bits/stdc++.h>
using namespace std;

int main() {
    long long I, D, R;
    static char a[2105], b[2105];
    scanf("%lld %lld %lld %s %s", &I, &D, &R, a, b);
    int n = strlen(a), m = strlen(b);
    vector<long long> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; j++) prev[j] = j * I;
    for (int i = 1; i <= n; i++) {
        cur[0] = i * D;
        for (int j = 1; j <= m; j++) {
            long long best = min(cur[j - 1] + I, prev[j] + D);
            best = min(best, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : R));
            cur[j] = best;
        }
        swap(prev, cur);
    }
    printf("%lld\n", prev[m]);
}
