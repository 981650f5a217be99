#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<long long> coin(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &coin[i]);
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
    }
    // Iterative Tarjan from room 1 only (other rooms do not matter).
    vector<int> tin(n + 1, 0), low(n + 1), comp(n + 1, -1), it(n + 1, 0), st, call;
    vector<long long> best;
    int timer = 0;
    call.push_back(1);
    tin[1] = low[1] = ++timer;
    st.push_back(1);
    while (!call.empty()) {
        int v = call.back();
        if (it[v] < (int)adj[v].size()) {
            int u = adj[v][it[v]++];
            if (!tin[u]) {
                tin[u] = low[u] = ++timer;
                st.push_back(u);
                call.push_back(u);
            } else if (comp[u] < 0) {
                low[v] = min(low[v], tin[u]);
            }
            continue;
        }
        call.pop_back();
        if (!call.empty()) low[call.back()] = min(low[call.back()], low[v]);
        if (low[v] != tin[v]) continue;
        int id = best.size();
        long long value = 0, next = 0;
        vector<int> members;
        while (true) {
            int x = st.back();
            st.pop_back();
            comp[x] = id;
            members.push_back(x);
            value += coin[x];
            if (x == v) break;
        }
        for (int x : members)
            for (int u : adj[x])
                if (comp[u] != id) next = max(next, best[comp[u]]);
        best.push_back(value + next);
    }
    printf("%lld\n", best[comp[1]]);
}
