#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> p(n + 1, 0), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    vector<int> order;
    order.reserve(n);
    order.push_back(1);
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c != -1; c = nxt[c]) order.push_back(c);
    vector<int> sz(n + 1, 1);
    for (int k = n - 1; k > 0; k--) sz[p[order[k]]] += sz[order[k]];
    string out;
    for (int v = 1; v <= n; v++) {
        out += to_string(sz[v] - 1);
        out += v == n ? '\n' : ' ';
    }
    fputs(out.c_str(), stdout);
}
