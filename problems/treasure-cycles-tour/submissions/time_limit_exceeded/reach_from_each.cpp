#include <bits/stdc++.h>
using namespace std;

// Naive: find each component as (rooms reachable from v) ∩ (rooms reaching v) with two
// BFS runs per unassigned room, then a DP over the component DAG. O(n(n + m)) when the
// components are small.
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<long long> coin(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &coin[i]);
    vector<vector<int>> adj(n + 1), radj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        radj[b].push_back(a);
    }
    vector<int> comp(n + 1, -1), fw(n + 1, 0), bw(n + 1, 0), q;
    int ids = 0;
    auto bfs = [&](int s, vector<vector<int>> &g, vector<int> &mark, int stamp) {
        q.assign(1, s);
        mark[s] = stamp;
        for (size_t h = 0; h < q.size(); h++)
            for (int u : g[q[h]])
                if (mark[u] != stamp) mark[u] = stamp, q.push_back(u);
    };
    for (int v = 1; v <= n; v++) {
        if (comp[v] >= 0) continue;
        bfs(v, adj, fw, v);
        bfs(v, radj, bw, v);
        for (int u = 1; u <= n; u++)
            if (fw[u] == v && bw[u] == v) comp[u] = ids;
        ids++;
    }
    vector<long long> value(ids, 0), best(ids, 0);
    vector<vector<int>> cadj(ids);
    vector<int> indeg(ids, 0);
    for (int v = 1; v <= n; v++) {
        value[comp[v]] += coin[v];
        for (int u : adj[v])
            if (comp[u] != comp[v]) cadj[comp[v]].push_back(comp[u]), indeg[comp[u]]++;
    }
    vector<int> order;
    for (int c = 0; c < ids; c++)
        if (!indeg[c]) order.push_back(c);
    for (size_t h = 0; h < order.size(); h++)
        for (int d : cadj[order[h]])
            if (--indeg[d] == 0) order.push_back(d);
    for (int i = ids - 1; i >= 0; i--) {
        int c = order[i];
        long long next = 0;
        for (int d : cadj[c]) next = max(next, best[d]);
        best[c] = value[c] + next;
    }
    printf("%lld\n", best[comp[1]]);
}
