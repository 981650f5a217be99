#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Plausible mistake: runs the shortest-path step only for single laboratories, so a
// merged tree is never extended by a path.
int main() {
    int n, m, k;
    scanf("%d %d %d", &n, &m, &k);
    vector<int> term(k);
    for (auto &t : term) { scanf("%d", &t); t--; }
    vector<vector<pair<int, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        u--; v--;
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    const ll INF = LLONG_MAX / 4;
    int full = 1 << k;
    vector<vector<ll>> f(full, vector<ll>(n, INF));
    for (int i = 0; i < k; i++) f[1 << i][term[i]] = 0;
    for (int S = 1; S < full; S++) {
        auto &fs = f[S];
        for (int A = (S - 1) & S; A > 0; A = (A - 1) & S) {
            auto &fa = f[A], &fb = f[S ^ A];
            for (int v = 0; v < n; v++) fs[v] = min(fs[v], fa[v] + fb[v]);
        }
        if (S & (S - 1)) continue;
        priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<>> pq;
        for (int v = 0; v < n; v++) if (fs[v] < INF) pq.push({fs[v], v});
        while (!pq.empty()) {
            auto [d, v] = pq.top();
            pq.pop();
            if (d > fs[v]) continue;
            for (auto [u, w] : adj[v])
                if (d + w < fs[u]) { fs[u] = d + w; pq.push({fs[u], u}); }
        }
    }
    ll best = INF;
    for (int v = 0; v < n; v++) best = min(best, f[full - 1][v]);
    printf("%lld\n", best);
}
