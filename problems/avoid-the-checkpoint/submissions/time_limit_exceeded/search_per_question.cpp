#include <bits/stdc++.h>
using namespace std;

// Naive: a BFS from a that never enters c, for every question. O(q (n + m)).
int main() {
    int n, m, q;
    scanf("%d %d %d", &n, &m, &q);
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> seen(n + 1, -1), queue;
    for (int i = 0; i < q; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        seen[c] = i;
        seen[a] = i;
        queue.assign(1, a);
        bool ok = false;
        for (size_t h = 0; h < queue.size() && !ok; h++)
            for (int u : adj[queue[h]])
                if (seen[u] != i) {
                    seen[u] = i;
                    if (u == b) ok = true;
                    queue.push_back(u);
                }
        puts(ok ? "YES" : "NO");
    }
}
