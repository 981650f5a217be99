#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> dist(n + 1, -1), queue;
    dist[1] = 0;
    queue.push_back(1);
    for (size_t head = 0; head < queue.size(); head++) {
        int v = queue[head];
        for (int u : adj[v])
            if (dist[u] < 0) {
                dist[u] = dist[v] + 1;
                queue.push_back(u);
            }
    }
    string out;
    for (int i = 1; i <= n; i++) {
        out += to_string(dist[i]);
        out += i == n ? '\n' : ' ';
    }
    fputs(out.c_str(), stdout);
}
