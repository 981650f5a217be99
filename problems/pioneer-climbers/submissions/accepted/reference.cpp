#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> p(n + 1), a(n + 1), head(n + 1, -1), nxt(n + 1, -1);
    for (int i = 2; i <= n; i++) {
        scanf("%d", &p[i]);
        nxt[i] = head[p[i]];
        head[p[i]] = i;
    }
    for (int i = 1; i <= n; i++) scanf("%d", &a[i]);
    vector<int> best(n + 1), order = {1};
    best[1] = a[1];
    int pioneers = 1;
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        for (int c = head[v]; c != -1; c = nxt[c]) {
            if (a[c] > best[v]) pioneers++;
            best[c] = max(best[v], a[c]);
            order.push_back(c);
        }
    }
    printf("%d\n", pioneers);
}
