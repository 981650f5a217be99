#include <bits/stdc++.h>
using namespace std;

const long long INF = 4e18;

vector<long long> shortest(int n, const vector<vector<pair<int, int>>>& adj, int source) {
    vector<long long> dist(n, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    dist[source] = 0;
    heap.push({0, source});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (d != dist[u]) continue;
        for (auto [v, w] : adj[u]) {
            if (dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                heap.push({dist[v], v});
            }
        }
    }
    return dist;
}

void readGraph(int m, vector<vector<pair<int, int>>>& adj) {
    for (int i = 0; i < m; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        adj[a - 1].push_back({b - 1, c});
        adj[b - 1].push_back({a - 1, c});
    }
}

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<pair<int, int>>> adj(n);
    readGraph(m, adj);
    vector<long long> dist = shortest(n, adj, 0);
    for (int i = 0; i < n; i++) printf("%lld\n", dist[i] == INF ? -1LL : dist[i]);
}
