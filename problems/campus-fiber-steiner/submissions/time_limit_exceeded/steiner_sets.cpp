#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// Tries every set of extra junctions and takes a spanning tree of the junctions chosen:
// 2^(n-k) spanning trees.
int n, m, k;
vector<array<int, 3>> edges;
vector<int> par;
int find(int x) { return par[x] == x ? x : par[x] = find(par[x]); }
int main() {
    scanf("%d %d %d", &n, &m, &k);
    vector<char> isTerm(n, 0);
    for (int i = 0; i < k; i++) { int t; scanf("%d", &t); isTerm[t - 1] = 1; }
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        edges.push_back({w, u - 1, v - 1});
    }
    sort(edges.begin(), edges.end());
    vector<int> others;
    for (int v = 0; v < n; v++) if (!isTerm[v]) others.push_back(v);
    int extra = others.size();
    ll best = LLONG_MAX;
    vector<char> chosen(n);
    for (unsigned long long mask = 0; mask < (1ULL << min(extra, 63)); mask++) {
        for (int v = 0; v < n; v++) chosen[v] = isTerm[v];
        int cnt = k;
        for (int i = 0; i < extra; i++) if (mask >> i & 1) { chosen[others[i]] = 1; cnt++; }
        par.resize(n);
        iota(par.begin(), par.end(), 0);
        ll cost = 0;
        int joined = 0;
        for (auto &e : edges) {
            if (!chosen[e[1]] || !chosen[e[2]]) continue;
            int a = find(e[1]), b = find(e[2]);
            if (a != b) { par[a] = b; cost += e[0]; joined++; }
        }
        if (joined == cnt - 1) best = min(best, cost);
    }
    printf("%lld\n", best);
}
