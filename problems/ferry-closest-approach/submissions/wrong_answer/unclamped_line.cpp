#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: distance to the infinite line through each leg (no clamping).
int main() {
    int n;
    long long p, q;
    scanf("%d %lld %lld", &n, &p, &q);
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &x[i], &y[i]);
    double best = 1e300;
    for (int i = 0; i + 1 < n; i++) {
        long long dx = x[i + 1] - x[i], dy = y[i + 1] - y[i];
        long long len2 = dx * dx + dy * dy;
        double d;
        if (len2 == 0) d = hypot((double)(p - x[i]), (double)(q - y[i]));
        else d = fabs((double)(dx * (q - y[i]) - dy * (p - x[i]))) / sqrt((double)len2);
        best = min(best, d);
    }
    printf("%.9f\n", best);
}
