#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: NO when c is an articulation point lying on the DFS-tree path from a
// to b. A ring through c can still lead around it.
int main() {
    int n, m, q;
    scanf("%d %d %d", &n, &m, &q);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back({v, i});
        adj[v].push_back({u, i});
    }
    vector<int> tin(n + 1, 0), low(n + 1), upe(n + 1, -1), pos(n + 1, 0), par(n + 1, 1), tout(n + 1);
    vector<char> cut(n + 1, 0);
    int timer = 0, rootKids = 0;
    vector<int> call = {1};
    tin[1] = low[1] = ++timer;
    while (!call.empty()) {
        int v = call.back();
        if (pos[v] < (int)adj[v].size()) {
            auto [u, e] = adj[v][pos[v]++];
            if (e == upe[v]) continue;
            if (tin[u]) low[v] = min(low[v], tin[u]);
            else tin[u] = low[u] = ++timer, upe[u] = e, par[u] = v, call.push_back(u);
            continue;
        }
        call.pop_back();
        tout[v] = ++timer;
        if (call.empty()) break;
        int p = call.back();
        low[p] = min(low[p], low[v]);
        if (p == 1) rootKids++;
        else if (low[v] >= tin[p]) cut[p] = 1;
    }
    cut[1] = rootKids > 1;
    auto anc = [&](int x, int y) { return tin[x] <= tin[y] && tout[y] <= tout[x]; };
    for (int i = 0; i < q; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        bool onPath = false;
        if (anc(c, a) != anc(c, b)) onPath = true;
        else if (anc(c, a) && anc(c, b)) {
            // c is the LCA iff a and b are under different children of c
            int x = a, y = b;
            while (par[x] != c) x = par[x];
            while (par[y] != c) y = par[y];
            onPath = x != y;
        }
        puts(cut[c] && onPath ? "NO" : "YES");
    }
}
