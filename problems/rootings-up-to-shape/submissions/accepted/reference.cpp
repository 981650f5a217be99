#include <bits/stdc++.h>
using namespace std;
typedef unsigned long long u64;

u64 g(u64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int main() {
    int n;
    scanf("%d", &n);
    // p is the parent array of the tree rooted at 1 (the strings form a tree).
    vector<int> p(n + 1, 0), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c != -1; c = nxt[c]) order.push_back(c);
    vector<u64> down(n + 1, 1), full(n + 1);
    for (int k = n - 1; k > 0; k--) down[p[order[k]]] += g(down[order[k]]);
    full[1] = down[1];
    for (int k = 1; k < n; k++) {
        int v = order[k];
        u64 above = full[p[v]] - g(down[v]);
        full[v] = down[v] + g(above);
    }
    sort(full.begin() + 1, full.end());
    printf("%d\n", (int)(unique(full.begin() + 1, full.end()) - (full.begin() + 1)));
}
