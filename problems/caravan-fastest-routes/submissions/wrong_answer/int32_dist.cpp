#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit times (each trail fits in an int, the sums do not).
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    vector<int> dist(n + 1, -1);
    vector<char> done(n + 1, 0);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
    dist[1] = 0;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, v] = heap.top();
        heap.pop();
        if (done[v]) continue;
        done[v] = 1;
        for (auto [u, w] : adj[v])
            if (!done[u] && (dist[u] < 0 || d + w < dist[u])) {
                dist[u] = d + w;
                heap.push({dist[u], u});
            }
    }
    for (int i = 1; i <= n; i++) printf("%d%c", dist[i], i == n ? '\n' : ' ');
}
