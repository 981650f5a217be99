#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int n, m;
vector<vector<pair<int, ll>>> adj;

vector<ll> dijkstra(int s) {
    vector<ll> d(n + 1, LLONG_MAX);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<>> h;
    d[s] = 0;
    h.push({0, s});
    while (!h.empty()) {
        auto [dv, v] = h.top();
        h.pop();
        if (dv != d[v]) continue;
        for (auto [u, w] : adj[v])
            if (dv + w < d[u]) d[u] = dv + w, h.push({d[u], u});
    }
    return d;
}

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    adj.resize(n + 1);
    vector<int> a(m), b(m);
    vector<ll> w(m);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %lld", &a[i], &b[i], &w[i]);
        adj[a[i]].push_back({b[i], w[i]});
        adj[b[i]].push_back({a[i], w[i]});
    }
    vector<ll> d1 = dijkstra(1), dn = dijkstra(n);
    ll D = d1[n];
    const ll INF = LLONG_MAX;
    // (start, end, road) for every road on some fastest route.
    vector<tuple<ll, ll, int>> used;
    vector<int> status(m, 0);  // 0 NONE, 1 SOME, 2 ALL
    for (int i = 0; i < m; i++) {
        for (int dir = 0; dir < 2; dir++) {
            int x = dir ? b[i] : a[i], y = dir ? a[i] : b[i];
            if (d1[x] == INF || dn[y] == INF) continue;
            if (d1[x] + w[i] + dn[y] == D) {
                used.push_back({d1[x], d1[x] + w[i], i});
                status[i] = 1;
                break;
            }
        }
    }
    sort(used.begin(), used.end());
    ll maxEnd = LLONG_MIN;
    for (size_t k = 0; k < used.size(); k++) {
        auto [s, e, i] = used[k];
        bool overlap = maxEnd > s || (k + 1 < used.size() && get<0>(used[k + 1]) < e);
        if (!overlap) status[i] = 2;
        maxEnd = max(maxEnd, e);
    }
    const char *names[3] = {"NONE", "SOME", "ALL"};
    string out;
    for (int i = 0; i < m; i++) out += names[status[i]], out += '\n';
    fputs(out.c_str(), stdout);
}
