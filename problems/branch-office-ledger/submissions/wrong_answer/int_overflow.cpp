#include <bits/stdc++.h>
using namespace std;

// Plausible mistake: 32-bit sums.
int n, q;
vector<int> bit;
void add(int i, int x) {
    for (; i <= n; i += i & -i) bit[i] += x;
}
int sum(int i) {
    int s = 0;
    for (; i > 0; i -= i & -i) s += bit[i];
    return s;
}

int main() {
    scanf("%d %d", &n, &q);
    vector<int> p(n + 1), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    vector<int> tin(n + 1), sz(n + 1, 1), order, st = {1};
    while (!st.empty()) {
        int v = st.back();
        st.pop_back();
        tin[v] = order.size() + 1;
        order.push_back(v);
        for (int c = head[v]; c != -1; c = nxt[c]) st.push_back(c);
    }
    for (int k = n - 1; k > 0; k--) sz[p[order[k]]] += sz[order[k]];
    bit.assign(n + 1, 0);
    while (q--) {
        int t, v;
        scanf("%d %d", &t, &v);
        if (t == 1) {
            int x;
            scanf("%d", &x);
            add(tin[v], x);
        } else {
            printf("%d\n", sum(tin[v] + sz[v] - 1) - sum(tin[v] - 1));
        }
    }
}
