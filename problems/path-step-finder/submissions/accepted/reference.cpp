#include <bits/stdc++.h>
using namespace std;

const int LOG = 17;
vector<array<int, LOG>> up;
vector<int> depth;

int climb(int v, int k) {
    for (int j = 0; j < LOG; j++)
        if (k >> j & 1) v = up[v][j];
    return v;
}

int lca(int a, int b) {
    if (depth[a] < depth[b]) swap(a, b);
    a = climb(a, depth[a] - depth[b]);
    if (a == b) return a;
    for (int j = LOG - 1; j >= 0; j--)
        if (up[a][j] != up[b][j]) a = up[a][j], b = up[b][j];
    return up[a][0];
}

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<vector<int>> adj(n + 1);
    for (int i = 2; i <= n; i++) {
        int p;
        scanf("%d", &p);
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    up.assign(n + 1, {});
    depth.assign(n + 1, 0);
    up[1].fill(1);
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        for (int j = 1; j < LOG; j++) up[v][j] = up[up[v][j - 1]][j - 1];
        for (int u : adj[v])
            if (u != up[v][0]) up[u][0] = v, depth[u] = depth[v] + 1, order.push_back(u);
    }
    string out;
    while (q--) {
        int u, v, k;
        scanf("%d %d %d", &u, &v, &k);
        int w = lca(u, v), a = depth[u] - depth[w], b = depth[v] - depth[w];
        int x = k <= a ? climb(u, k) : climb(v, a + b - k);
        out += to_string(x) + "\n";
    }
    fputs(out.c_str(), stdout);
}
