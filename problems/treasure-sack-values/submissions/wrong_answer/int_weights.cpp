#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the smallest weights are kept in 32-bit integers.
int main() {
    int n, W;
    scanf("%d %d", &n, &W);
    vector<int> w(n), v(n);
    int total = 0;
    for (int i = 0; i < n; i++) { scanf("%d %d", &w[i], &v[i]); total += v[i]; }
    const int INF = 2000000000;
    vector<int> m(total + 1, INF);
    m[0] = 0;
    for (int i = 0; i < n; i++)
        for (int x = total; x >= v[i]; x--)
            if (m[x - v[i]] != INF && m[x - v[i]] + w[i] < m[x]) m[x] = m[x - v[i]] + w[i];
    int best = 0;
    for (int x = 0; x <= total; x++) if (m[x] <= W) best = x;
    printf("%d\n", best);
}
