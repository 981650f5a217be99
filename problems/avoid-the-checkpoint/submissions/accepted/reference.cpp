#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m, q;
    if (scanf("%d %d %d", &n, &m, &q) != 3) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back({v, i});
        adj[v].push_back({u, i});
    }
    // Block-vertex tree: nodes 1..n are intersections, n+1.. are blocks. Rooted at 1.
    vector<int> tpar(2 * n + 2, 0);
    vector<int> tin(n + 1, 0), low(n + 1), upe(n + 1, -1), pos(n + 1, 0), st, call;
    int timer = 0, nodes = n;
    tin[1] = low[1] = ++timer;
    st.push_back(1);
    call.push_back(1);
    tpar[1] = 1;
    while (!call.empty()) {
        int v = call.back();
        if (pos[v] < (int)adj[v].size()) {
            auto [u, e] = adj[v][pos[v]++];
            if (e == upe[v]) continue;
            if (tin[u]) low[v] = min(low[v], tin[u]);
            else {
                tin[u] = low[u] = ++timer;
                upe[u] = e;
                st.push_back(u);
                call.push_back(u);
            }
            continue;
        }
        call.pop_back();
        if (call.empty()) break;
        int p = call.back();
        low[p] = min(low[p], low[v]);
        if (low[v] >= tin[p]) {
            int block = ++nodes;
            tpar[block] = p;
            while (true) {
                int x = st.back();
                st.pop_back();
                tpar[x] = block;
                if (x == v) break;
            }
        }
    }
    int N = nodes;
    vector<vector<int>> children(N + 1);
    for (int x = 2; x <= N; x++) children[tpar[x]].push_back(x);
    vector<int> ein(N + 1), eout(N + 1);
    int clock = 0;
    vector<int> it(N + 1, 0), dfs = {1};
    ein[1] = clock++;
    while (!dfs.empty()) {
        int v = dfs.back();
        if (it[v] < (int)children[v].size()) {
            int u = children[v][it[v]++];
            ein[u] = clock++;
            dfs.push_back(u);
        } else {
            eout[v] = clock++;
            dfs.pop_back();
        }
    }
    int LOG = 1;
    while ((1 << LOG) <= N) LOG++;
    vector<vector<int>> up(LOG, vector<int>(N + 1));
    for (int x = 1; x <= N; x++) up[0][x] = tpar[x];
    for (int k = 1; k < LOG; k++)
        for (int x = 1; x <= N; x++) up[k][x] = up[k - 1][up[k - 1][x]];
    auto anc = [&](int x, int y) { return ein[x] <= ein[y] && eout[y] <= eout[x]; };
    auto lca = [&](int x, int y) {
        if (anc(x, y)) return x;
        if (anc(y, x)) return y;
        for (int k = LOG - 1; k >= 0; k--)
            if (!anc(up[k][x], y)) x = up[k][x];
        return up[0][x];
    };
    string out;
    for (int i = 0; i < q; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        bool onPath = (anc(c, a) || anc(c, b)) && anc(lca(a, b), c);
        out += onPath ? "NO\n" : "YES\n";
    }
    fputs(out.c_str(), stdout);
}
