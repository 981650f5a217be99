#include <bits/stdc++.h>
using namespace std;

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
        long long dot = (p - x[i]) * dx + (q - y[i]) * dy;
        double d;
        if (len2 == 0 || dot <= 0) {
            d = hypot((double)(p - x[i]), (double)(q - y[i]));
        } else if (dot >= len2) {
            d = hypot((double)(p - x[i + 1]), (double)(q - y[i + 1]));
        } else {
            // Distance to the line: |cross| / |AB|, exact cross product in integers.
            long long cr = dx * (q - y[i]) - dy * (p - x[i]);
            d = fabs((double)cr) / sqrt((double)len2);
        }
        best = min(best, d);
    }
    printf("%.9f\n", best);
}
