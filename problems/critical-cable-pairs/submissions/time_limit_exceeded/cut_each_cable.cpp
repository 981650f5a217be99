#include <bits/stdc++.h>
using namespace std;

// Naive: cut each cable in turn and measure the part containing one end with a BFS.
// O(m(n + m)).
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<int> a(m), b(m);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        scanf("%d %d", &a[i], &b[i]);
        adj[a[i]].push_back({b[i], i});
        adj[b[i]].push_back({a[i], i});
    }
    vector<int> seen(n + 1, -1), queue;
    for (int i = 0; i < m; i++) {
        queue.assign(1, a[i]);
        seen[a[i]] = i;
        bool reached = false;
        for (size_t h = 0; h < queue.size() && !reached; h++)
            for (auto [u, e] : adj[queue[h]])
                if (e != i && seen[u] != i) {
                    seen[u] = i;
                    queue.push_back(u);
                    if (u == b[i]) reached = true;
                }
        long long s = queue.size();
        printf("%lld%c", reached ? 0LL : s * (n - s), i + 1 == m ? '\n' : ' ');
    }
}
