#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m, k;
    if (scanf("%d %d %d", &n, &m, &k) != 3) return 0;
    vector<int> key(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &key[i]);
    struct Edge { int to, w, gate; };
    vector<vector<Edge>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w, t;
        scanf("%d %d %d %d", &u, &v, &w, &t);
        adj[u].push_back({v, w, t});
        adj[v].push_back({u, w, t});
    }
    auto bit = [&](int hall) { return key[hall] ? 1 << (key[hall] - 1) : 0; };
    int S = 1 << k;
    const long long INF = LLONG_MAX;
    vector<long long> dist((size_t)(n + 1) * S, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    int start = 1 * S + bit(1);
    dist[start] = 0;
    heap.push({0, start});
    long long answer = -1;
    while (!heap.empty()) {
        auto [d, state] = heap.top();
        heap.pop();
        if (d != dist[state]) continue;
        int v = state / S, mask = state % S;
        if (v == n) {
            answer = d;
            break;
        }
        for (auto &e : adj[v]) {
            if (e.gate && !(mask >> (e.gate - 1) & 1)) continue;
            int next = e.to * S + (mask | bit(e.to));
            if (d + e.w < dist[next]) {
                dist[next] = d + e.w;
                heap.push({dist[next], next});
            }
        }
    }
    printf("%lld\n", answer);
}
