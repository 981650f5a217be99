#include <bits/stdc++.h>
using namespace std;

// Offline: Euler tour, then distinct values in ranges with a Fenwick tree.
int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n + 1), c(n + 1), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    for (int i = 1; i <= n; i++) scanf("%d", &c[i]);
    vector<int> tin(n + 1), sz(n + 1, 1), order, st = {1};
    while (!st.empty()) {
        int v = st.back();
        st.pop_back();
        tin[v] = order.size();
        order.push_back(v);
        for (int u = head[v]; u != -1; u = nxt[u]) st.push_back(u);
    }
    for (int k = n - 1; k > 0; k--) sz[p[order[k]]] += sz[order[k]];
    // queries grouped by right end
    vector<vector<int>> byRight(n);
    for (int v = 1; v <= n; v++) byRight[tin[v] + sz[v] - 1].push_back(v);
    vector<int> bit(n + 1, 0), last(n + 1, -1), ans(n + 1);
    auto add = [&](int i, int x) {
        for (i++; i <= n; i += i & -i) bit[i] += x;
    };
    auto sum = [&](int i) {
        int s = 0;
        for (i++; i > 0; i -= i & -i) s += bit[i];
        return s;
    };
    for (int r = 0; r < n; r++) {
        int col = c[order[r]];
        if (last[col] >= 0) add(last[col], -1);
        last[col] = r;
        add(r, 1);
        for (int v : byRight[r]) ans[v] = sum(r) - sum(tin[v] - 1);
    }
    string out;
    for (int v = 1; v <= n; v++) out += to_string(ans[v]) + (v == n ? "\n" : " ");
    fputs(out.c_str(), stdout);
}
