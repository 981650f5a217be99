#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        adj[b].push_back(a);
    }
    vector<int> color(n + 1, -1), queue;
    long long total = 0;
    for (int s = 1; s <= n; s++) {
        if (color[s] >= 0) continue;
        long long count[2] = {0, 0};
        queue.assign(1, s);
        color[s] = 0;
        for (size_t head = 0; head < queue.size(); head++) {
            int v = queue[head];
            count[color[v]]++;
            for (int u : adj[v]) {
                if (color[u] < 0) {
                    color[u] = color[v] ^ 1;
                    queue.push_back(u);
                } else if (color[u] == color[v]) {
                    puts("-1");
                    return 0;
                }
            }
        }
        total += min(count[0], count[1]);
    }
    printf("%lld\n", total);
}
