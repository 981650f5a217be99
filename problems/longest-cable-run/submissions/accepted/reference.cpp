#include <bits/stdc++.h>
using namespace std;

int n;
vector<vector<pair<int, int>>> adj;

pair<long long, int> farthest(int s) {
    vector<long long> d(n + 1, -1);
    vector<int> st = {s};
    d[s] = 0;
    pair<long long, int> best = {0, s};
    while (!st.empty()) {
        int v = st.back();
        st.pop_back();
        best = max(best, {d[v], v});
        for (auto [u, w] : adj[v])
            if (d[u] < 0) d[u] = d[v] + w, st.push_back(u);
    }
    return best;
}

int main() {
    scanf("%d", &n);
    vector<int> p(n + 1);
    adj.assign(n + 1, {});
    for (int i = 2; i <= n; i++) scanf("%d", &p[i]);
    for (int i = 2; i <= n; i++) {
        int w;
        scanf("%d", &w);
        adj[i].push_back({p[i], w});
        adj[p[i]].push_back({i, w});
    }
    int a = farthest(1).second;
    printf("%lld\n", farthest(a).first);
}
