#include <bits/stdc++.h>
using namespace std;

// Naive: relax all streets (both ways, with their costs) until nothing changes. O(nm).
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
            if (dist[a[i]] < dist[b[i]]) dist[b[i]] = dist[a[i]], changed = true;
            if (dist[b[i]] + 1 < dist[a[i]]) dist[a[i]] = dist[b[i]] + 1, changed = true;
        }
    }
    printf("%d\n", dist[n] >= INF ? -1 : dist[n]);
}
