#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long W;
    scanf("%d %lld", &n, &W);
    vector<long long> w(n);
    vector<int> v(n);
    int total = 0;
    for (int i = 0; i < n; i++) { scanf("%lld %d", &w[i], &v[i]); total += v[i]; }
    const long long INF = LLONG_MAX / 4;
    vector<long long> m(total + 1, INF);
    m[0] = 0;
    int reach = 0;
    for (int i = 0; i < n; i++) {
        reach += v[i];
        for (int x = reach; x >= v[i]; x--)
            if (m[x - v[i]] + w[i] < m[x]) m[x] = m[x - v[i]] + w[i];
    }
    int best = 0;
    for (int x = 0; x <= total; x++) if (m[x] <= W) best = x;
    printf("%d\n", best);
}
