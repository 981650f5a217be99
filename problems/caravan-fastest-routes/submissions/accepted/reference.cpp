#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        scanf("%d %d %lld", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    dist[1] = 0;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, v] = heap.top();
        heap.pop();
        if (d != dist[v]) continue;
        for (auto [u, w] : adj[v])
            if (d + w < dist[u]) {
                dist[u] = d + w;
                heap.push({dist[u], u});
            }
    }
    string s;
    for (int i = 1; i <= n; i++) {
        s += to_string(dist[i] == INF ? -1 : dist[i]);
        s += i == n ? '\n' : ' ';
    }
    fputs(s.c_str(), stdout);
}
