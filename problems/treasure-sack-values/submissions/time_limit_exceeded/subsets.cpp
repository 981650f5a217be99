#include <bits/stdc++.h>
using namespace std;

// Tries every subset (with the obvious cut when the sack overflows): O(2^n).
int n;
long long W, w[105];
int v[105], best = 0;
void go(int i, long long weight, int worth) {
    if (weight > W) return;
    if (i == n) { best = max(best, worth); return; }
    go(i + 1, weight + w[i], worth + v[i]);
    go(i + 1, weight, worth);
}
int main() {
    scanf("%d %lld", &n, &W);
    for (int i = 0; i < n; i++) scanf("%lld %d", &w[i], &v[i]);
    go(0, 0, 0);
    printf("%d\n", best);
}
