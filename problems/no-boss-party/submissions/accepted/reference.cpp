#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n + 1), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    vector<long long> in(n + 1), out(n + 1, 0);
    for (int i = 1; i <= n; i++) scanf("%lld", &in[i]);
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c != -1; c = nxt[c]) order.push_back(c);
    for (int k = n - 1; k > 0; k--) {
        int v = order[k];
        in[p[v]] += out[v];
        out[p[v]] += max(in[v], out[v]);
    }
    printf("%lld\n", max(in[1], out[1]));
}
