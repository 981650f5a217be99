#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef unsigned long long ull;

// Plausible mistake: counts fastest routes in unsigned 64-bit integers, letting them wrap,
// and calls a road ALL when cnt1(a) * cntn(b) equals the total count.
int n, m;
vector<vector<pair<int, ll>>> adj;

void dijkstra(int s, vector<ll> &d, vector<ull> &cnt) {
    d.assign(n + 1, LLONG_MAX);
    cnt.assign(n + 1, 0);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<>> h;
    d[s] = 0;
    cnt[s] = 1;
    h.push({0, s});
    while (!h.empty()) {
        auto [dv, v] = h.top();
        h.pop();
        if (dv != d[v]) continue;
        for (auto [u, w] : adj[v]) {
            if (dv + w < d[u]) d[u] = dv + w, cnt[u] = cnt[v], h.push({d[u], u});
            else if (dv + w == d[u]) cnt[u] += cnt[v];
        }
    }
}

int main() {
    scanf("%d %d", &n, &m);
    adj.resize(n + 1);
    vector<int> a(m), b(m);
    vector<ll> w(m);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %lld", &a[i], &b[i], &w[i]);
        adj[a[i]].push_back({b[i], w[i]});
        adj[b[i]].push_back({a[i], w[i]});
    }
    vector<ll> d1, dn;
    vector<ull> c1, cn;
    dijkstra(1, d1, c1);
    dijkstra(n, dn, cn);
    ll D = d1[n];
    for (int i = 0; i < m; i++) {
        const char *s = "NONE";
        for (int dir = 0; dir < 2; dir++) {
            int x = dir ? b[i] : a[i], y = dir ? a[i] : b[i];
            if (d1[x] == LLONG_MAX || dn[y] == LLONG_MAX) continue;
            if (d1[x] + w[i] + dn[y] == D) s = c1[x] * cn[y] == c1[n] ? "ALL" : "SOME";
        }
        puts(s);
    }
}
