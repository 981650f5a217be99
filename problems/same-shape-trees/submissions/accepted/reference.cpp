#include <bits/stdc++.h>
using namespace std;

map<vector<int>, int> ids;

vector<int> readTree(int n, vector<vector<int>> &adj) {
    adj.assign(n + 1, {});
    for (int i = 2; i <= n; i++) {
        int p;
        scanf("%d", &p);
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    // centres by peeling leaves
    vector<int> deg(n + 1), layer;
    for (int v = 1; v <= n; v++) {
        deg[v] = adj[v].size();
        if (deg[v] <= 1) layer.push_back(v);
    }
    int rem = n;
    while (rem > 2) {
        rem -= layer.size();
        vector<int> next;
        for (int v : layer)
            for (int u : adj[v])
                if (--deg[u] == 1) next.push_back(u);
        layer = next;
    }
    return layer;
}

int canon(int n, const vector<vector<int>> &adj, int root) {
    vector<int> order = {root}, par(n + 1, 0), lab(n + 1);
    par[root] = -1;
    for (size_t k = 0; k < order.size(); k++)
        for (int u : adj[order[k]])
            if (u != par[order[k]]) par[u] = order[k], order.push_back(u);
    vector<vector<int>> kids(n + 1);
    for (int k = n - 1; k >= 0; k--) {
        int v = order[k];
        sort(kids[v].begin(), kids[v].end());
        auto it = ids.find(kids[v]);
        int id;
        if (it == ids.end()) {
            id = ids.size();
            ids.emplace(kids[v], id);
        } else
            id = it->second;
        vector<int>().swap(kids[v]);
        if (par[v] > 0) kids[par[v]].push_back(id);
        else lab[0] = id;
    }
    return lab[0];
}

int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        int n;
        scanf("%d", &n);
        ids.clear();
        vector<vector<int>> A, B;
        vector<int> ca = readTree(n, A), cb = readTree(n, B);
        bool same = false;
        if (ca.size() == cb.size()) {
            int best = INT_MAX;
            for (int c : ca) best = min(best, canon(n, A, c));
            for (int c : cb) same |= canon(n, B, c) == best;
        }
        puts(same ? "YES" : "NO");
    }
}
