#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: the basin totals in 32-bit integers.
const int LOG = 17;
int n, q;
vector<int> b1, b2;
vector<int> tin, sz, depth_, par;
vector<array<int, LOG>> up;

void add(vector<int> &b, int i, int x) {
    for (i++; i <= n; i += i & -i) b[i] += x;
}
int sum(vector<int> &b, int i) {
    int s = 0;
    for (i++; i > 0; i -= i & -i) s += b[i];
    return s;
}
bool anc(int a, int b) { return tin[a] <= tin[b] && tin[b] < tin[a] + sz[a]; }
int lca(int a, int b) {
    if (anc(a, b)) return a;
    if (anc(b, a)) return b;
    for (int j = LOG - 1; j >= 0; j--)
        if (!anc(up[a][j], b)) a = up[a][j];
    return up[a][0];
}
void rootAdd(int a, int x) {
    add(b1, tin[a], x);
    add(b2, tin[a], x * (depth_[a] + 1));
}

int main() {
    scanf("%d %d", &n, &q);
    par.assign(n + 1, 0);
    vector<int> head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &par[i]);
        nxt[i] = head[par[i]];
        head[par[i]] = i;
    }
    tin.assign(n + 1, 0), sz.assign(n + 1, 1), depth_.assign(n + 1, 0);
    up.assign(n + 1, {});
    vector<int> order, st = {1};
    up[1].fill(1);
    while (!st.empty()) {
        int v = st.back();
        st.pop_back();
        tin[v] = order.size();
        order.push_back(v);
        if (v != 1) {
            up[v][0] = par[v];
            depth_[v] = depth_[par[v]] + 1;
            for (int j = 1; j < LOG; j++) up[v][j] = up[up[v][j - 1]][j - 1];
        }
        for (int c = head[v]; c != -1; c = nxt[c]) st.push_back(c);
    }
    for (int k = n - 1; k > 0; k--) sz[par[order[k]]] += sz[order[k]];
    b1.assign(n + 1, 0), b2.assign(n + 1, 0);
    while (q--) {
        int t;
        scanf("%d", &t);
        if (t == 1) {
            int u, v, x;
            scanf("%d %d %d", &u, &v, &x);
            int l = lca(u, v);
            rootAdd(u, x), rootAdd(v, x), rootAdd(l, -x);
            if (l != 1) rootAdd(par[l], -x);
        } else {
            int w;
            scanf("%d", &w);
            int lo = tin[w] - 1, hi = tin[w] + sz[w] - 1;
            int s1 = sum(b1, hi) - sum(b1, lo), s2 = sum(b2, hi) - sum(b2, lo);
            printf("%d\n", s2 - depth_[w] * s1);
        }
    }
}
