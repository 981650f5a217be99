#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back({b, i});
        adj[b].push_back({a, i});
    }
    vector<int> tin(n + 1, 0), low(n + 1), sz(n + 1, 1), up(n + 1, -1), it(n + 1, 0);
    vector<long long> answer(m, 0);
    int timer = 0;
    vector<int> stack = {1};
    tin[1] = low[1] = ++timer;
    while (!stack.empty()) {
        int v = stack.back();
        if (it[v] < (int)adj[v].size()) {
            auto [u, e] = adj[v][it[v]++];
            if (e == up[v]) continue;
            if (tin[u]) {
                low[v] = min(low[v], tin[u]);
            } else {
                tin[u] = low[u] = ++timer;
                up[u] = e;
                stack.push_back(u);
            }
        } else {
            stack.pop_back();
            if (!stack.empty()) {
                int p = stack.back();
                low[p] = min(low[p], low[v]);
                sz[p] += sz[v];
                if (low[v] > tin[p]) answer[up[v]] = (long long)sz[v] * (n - sz[v]);
            }
        }
    }
    string s;
    for (int i = 0; i < m; i++) {
        s += to_string(answer[i]);
        s += i + 1 == m ? '\n' : ' ';
    }
    fputs(s.c_str(), stdout);
}
