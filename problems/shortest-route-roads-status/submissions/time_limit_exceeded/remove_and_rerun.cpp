#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Naive: for every road on some fastest route, delete it and run Dijkstra again; the road
// is ALL when the fastest time gets worse. O(m (n + m) log n).
int n, m;
vector<vector<tuple<int, ll, int>>> adj;

vector<ll> dijkstra(int s, int banned) {
    vector<ll> d(n + 1, LLONG_MAX);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<>> h;
    d[s] = 0;
    h.push({0, s});
    while (!h.empty()) {
        auto [dv, v] = h.top();
        h.pop();
        if (dv != d[v]) continue;
        for (auto [u, w, id] : adj[v])
            if (id != banned && dv + w < d[u]) d[u] = dv + w, h.push({d[u], u});
    }
    return d;
}

int main() {
    scanf("%d %d", &n, &m);
    adj.resize(n + 1);
    vector<int> a(m), b(m);
    vector<ll> w(m);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %lld", &a[i], &b[i], &w[i]);
        adj[a[i]].push_back({b[i], w[i], i});
        adj[b[i]].push_back({a[i], w[i], i});
    }
    vector<ll> d1 = dijkstra(1, -1), dn = dijkstra(n, -1);
    ll D = d1[n];
    for (int i = 0; i < m; i++) {
        bool on = false;
        for (int dir = 0; dir < 2; dir++) {
            int x = dir ? b[i] : a[i], y = dir ? a[i] : b[i];
            if (d1[x] != LLONG_MAX && dn[y] != LLONG_MAX && d1[x] + w[i] + dn[y] == D) on = true;
        }
        if (!on) {
            puts("NONE");
            continue;
        }
        puts(dijkstra(1, i)[n] > D ? "ALL" : "SOME");
    }
}
