#include <bits/stdc++.h>
using namespace std;

// Naive: relax every track in input order until nothing changes, O(nm) on a long chain.
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> a(m), b(m);
    for (int i = 0; i < m; i++) scanf("%d %d", &a[i], &b[i]);
    const int INF = INT_MAX / 2;
    vector<int> dist(n + 1, INF);
    dist[1] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < m; i++) {
            if (dist[a[i]] + 1 < dist[b[i]]) dist[b[i]] = dist[a[i]] + 1, changed = true;
            if (dist[b[i]] + 1 < dist[a[i]]) dist[a[i]] = dist[b[i]] + 1, changed = true;
        }
    }
    for (int i = 1; i <= n; i++) printf("%d%c", dist[i] == INF ? -1 : dist[i], i == n ? '\n' : ' ');
}
