#include <bits/stdc++.h>
using namespace std;

vector<int> parent;
int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> a(m), b(m), c(m), order(m);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &a[i], &b[i], &c[i]);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int x, int y) { return c[x] < c[y]; });
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    string role(m, 'N');
    vector<vector<pair<int, int>>> adj(n + 1);
    vector<int> tin(n + 1, 0), low(n + 1, 0), up(n + 1, -1), pos(n + 1, 0);
    vector<int> ru(m), rv(m);
    int timer = 0;
    for (int l = 0; l < m;) {
        int r = l;
        while (r < m && c[order[r]] == c[order[l]]) r++;
        vector<int> touched, useful;
        for (int k = l; k < r; k++) {
            int e = order[k];
            ru[e] = find(a[e]), rv[e] = find(b[e]);
            if (ru[e] == rv[e]) continue;
            useful.push_back(e);
            role[e] = 'S';
            adj[ru[e]].push_back({rv[e], e});
            adj[rv[e]].push_back({ru[e], e});
            touched.push_back(ru[e]);
            touched.push_back(rv[e]);
        }
        // Bridges of the contracted multigraph, iterative DFS.
        for (int s : touched) {
            if (tin[s]) continue;
            vector<int> stack = {s};
            tin[s] = low[s] = ++timer;
            up[s] = -1;
            while (!stack.empty()) {
                int v = stack.back();
                if (pos[v] < (int)adj[v].size()) {
                    auto [u, e] = adj[v][pos[v]++];
                    if (e == up[v]) continue;
                    if (tin[u]) low[v] = min(low[v], tin[u]);
                    else tin[u] = low[u] = ++timer, up[u] = e, stack.push_back(u);
                } else {
                    stack.pop_back();
                    if (!stack.empty()) {
                        int p = stack.back();
                        low[p] = min(low[p], low[v]);
                        if (low[v] > tin[p]) role[up[v]] = 'A';
                    }
                }
            }
        }
        for (int v : touched) adj[v].clear(), tin[v] = 0, pos[v] = 0;
        for (int e : useful) {
            int x = find(a[e]), y = find(b[e]);
            if (x != y) parent[x] = y;
        }
        l = r;
    }
    printf("%s\n", role.c_str());
}
