#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<vector<int>> adj(n + 1);
    for (int i = 2; i <= n; i++) {
        int p;
        scanf("%d", &p);
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    vector<int> order = {1}, par(n + 1, 0), depth(n + 1, 0);
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        for (int u : adj[v])
            if (u != par[v]) par[u] = v, depth[u] = depth[v] + 1, order.push_back(u);
    }
    vector<long long> sz(n + 1, 1), S(n + 1, 0);
    for (int k = n - 1; k > 0; k--) sz[par[order[k]]] += sz[order[k]];
    for (int v = 1; v <= n; v++) S[1] += depth[v];
    for (int k = 1; k < n; k++) {
        int v = order[k];
        S[v] = S[par[v]] + n - 2 * sz[v];
    }
    string out;
    for (int v = 1; v <= n; v++) out += to_string(S[v]) + (v == n ? "\n" : " ");
    fputs(out.c_str(), stdout);
}
