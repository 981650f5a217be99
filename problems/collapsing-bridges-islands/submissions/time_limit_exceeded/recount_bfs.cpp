#include <bits/stdc++.h>
using namespace std;

// Naive: after every collapse, count the groups again with a BFS. O(q(n + m)).
int main() {
    int n, m, q;
    scanf("%d %d %d", &n, &m, &q);
    vector<int> a(m + 1), b(m + 1);
    for (int i = 1; i <= m; i++) scanf("%d %d", &a[i], &b[i]);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 1; i <= m; i++) adj[a[i]].push_back({b[i], i}), adj[b[i]].push_back({a[i], i});
    vector<char> gone(m + 1, 0);
    vector<int> seen(n + 1, 0), queue;
    for (int j = 0; j < q; j++) {
        int c;
        scanf("%d", &c);
        gone[c] = 1;
        fill(seen.begin(), seen.end(), 0);
        int groups = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            groups++;
            seen[s] = 1;
            queue.assign(1, s);
            for (size_t h = 0; h < queue.size(); h++)
                for (auto [u, e] : adj[queue[h]])
                    if (!gone[e] && !seen[u]) seen[u] = 1, queue.push_back(u);
        }
        printf("%d%c", groups, j + 1 == q ? '\n' : ' ');
    }
}
