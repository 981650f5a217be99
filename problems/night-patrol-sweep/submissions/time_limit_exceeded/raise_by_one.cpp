#include <bits/stdc++.h>
using namespace std;

// Tries T = 0, 1, 2, ... with the greedy check: O((n + m) * answer).
int n, m;
vector<long long> p, x;

bool can(long long T) {
    int j = 0;
    for (int i = 0; i < n && j < m; i++) {
        long long reach;
        if (x[j] < p[i]) {
            long long d = p[i] - x[j];
            if (d > T) return false;
            reach = p[i] + max(T - 2 * d, (T - d) / 2);
        } else {
            reach = p[i] + T;
        }
        while (j < m && x[j] <= reach) j++;
    }
    return j == m;
}

int main() {
    scanf("%d %d", &n, &m);
    p.resize(n);
    x.resize(m);
    for (auto &v : p) scanf("%lld", &v);
    for (auto &v : x) scanf("%lld", &v);
    sort(p.begin(), p.end());
    sort(x.begin(), x.end());
    long long T = 0;
    while (!can(T)) T++;
    printf("%lld\n", T);
}
