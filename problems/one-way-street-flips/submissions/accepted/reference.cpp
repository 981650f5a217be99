#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back({v, 0});
        adj[v].push_back({u, 1});
    }
    const int INF = INT_MAX;
    vector<int> dist(n + 1, INF);
    deque<int> dq;
    dist[1] = 0;
    dq.push_back(1);
    while (!dq.empty()) {
        int v = dq.front();
        dq.pop_front();
        for (auto [u, w] : adj[v])
            if (dist[v] + w < dist[u]) {
                dist[u] = dist[v] + w;
                if (w) dq.push_back(u);
                else dq.push_front(u);
            }
    }
    printf("%d\n", dist[n] == INF ? -1 : dist[n]);
}
