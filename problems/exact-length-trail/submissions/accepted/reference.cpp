#include <bits/stdc++.h>
using namespace std;

// Centroid decomposition with a hash map "distance from the centroid -> fewest trails".
int n;
long long K;
vector<vector<pair<int, int>>> adj;
vector<char> removed;
vector<int> sz;

int centroid(int root) {
    vector<int> comp;
    static vector<int> parent;
    if (parent.empty()) parent.assign(n + 1, 0);
    parent[root] = 0;
    comp.push_back(root);
    for (size_t k = 0; k < comp.size(); k++) {
        int v = comp[k];
        for (auto [u, w] : adj[v])
            if (!removed[u] && u != parent[v]) parent[u] = v, comp.push_back(u);
    }
    int total = comp.size();
    for (int k = total - 1; k >= 0; k--) {
        int v = comp[k];
        sz[v] = 1;
        for (auto [u, w] : adj[v])
            if (!removed[u] && u != parent[v]) sz[v] += sz[u];
    }
    for (int v : comp) {
        int biggest = total - sz[v];
        for (auto [u, w] : adj[v])
            if (!removed[u] && u != parent[v]) biggest = max(biggest, sz[u]);
        if (biggest * 2 <= total) return v;
    }
    return root;
}

int main() {
    scanf("%d %lld", &n, &K);
    vector<int> p(n + 1);
    for (int i = 2; i <= n; i++) scanf("%d", &p[i]);
    vector<int> wt(n + 1, 0);
    for (int i = 2; i <= n; i++) scanf("%d", &wt[i]);
    // Renumber in BFS order from hut 1 (p is the parent array rooted at 1) for cache locality.
    vector<int> head(n + 1, -1), nxt(n + 1, -1), order = {1}, id(n + 1);
    for (int i = 2; i <= n; i++) nxt[i] = head[p[i]], head[p[i]] = i;
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c != -1; c = nxt[c]) order.push_back(c);
    for (int k = 0; k < n; k++) id[order[k]] = k + 1;
    adj.assign(n + 1, {});
    for (int k = 1; k < n; k++) {
        int v = order[k], a = id[v], b = id[p[v]];
        adj[a].push_back({b, wt[v]});
        adj[b].push_back({a, wt[v]});
    }
    removed.assign(n + 1, 0);
    sz.assign(n + 1, 0);
    int best = INT_MAX;
    vector<int> roots = {1};
    vector<long long> dist(n + 1);
    vector<int> edges(n + 1), from(n + 1);
    while (!roots.empty()) {
        int r = roots.back();
        roots.pop_back();
        int c = centroid(r);
        removed[c] = 1;
        unordered_map<long long, int> table;
        table.reserve(2 * sz[r] + 4);
        table[0] = 0;
        for (auto [u0, w0] : adj[c]) {
            if (removed[u0]) continue;
            vector<int> part;
            vector<int> stk = {u0};
            dist[u0] = w0, edges[u0] = 1, from[u0] = c;
            while (!stk.empty()) {
                int v = stk.back();
                stk.pop_back();
                if (dist[v] > K) continue;
                part.push_back(v);
                for (auto [u, w] : adj[v])
                    if (!removed[u] && u != from[v]) {
                        from[u] = v, dist[u] = dist[v] + w, edges[u] = edges[v] + 1;
                        stk.push_back(u);
                    }
            }
            for (int v : part) {
                auto it = table.find(K - dist[v]);
                if (it != table.end()) best = min(best, it->second + edges[v]);
            }
            for (int v : part) {
                auto it = table.find(dist[v]);
                if (it == table.end()) table.emplace(dist[v], edges[v]);
                else it->second = min(it->second, edges[v]);
            }
        }
        for (auto [u, w] : adj[c])
            if (!removed[u]) roots.push_back(u);
    }
    printf("%d\n", best == INT_MAX ? -1 : best);
}
